package news.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.testing.DatabaseKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Readers' search over stories and published comments, on both databases. */
class SearchServiceTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void finds_a_story_by_an_inflected_word_and_highlights_the_word_found(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      SearchPage page = f.search("relation");
      SearchHit first = page.hits().get(0);
      assertThat(first.kind()).isEqualTo(DocumentKind.STORY);
      assertThat(first.title()).isEqualTo("US, Pakistan inch towards better relations");
      assertThat(first.byline()).isEqualTo("Anwar Iqbal");
      assertThat(first.source()).isEqualTo("DAWN.COM");
      assertThat(first.publishedOn()).isEqualTo(LocalDate.of(2018, 3, 3));
      Snippet snippet = first.snippet();
      assertThat(snippet.highlights()).isNotEmpty();
      assertThat(snippet.highlights()).extracting(h -> snippet.text().substring(h.start(), h.end()).toLowerCase())
          .allMatch(word -> word.startsWith("relation"));
      assertThat(f.found("relation")).anyMatch(hit -> hit.startsWith("comment Bilal: Good news for exporters. Relations"));
      assertThat(f.found("improving")).anyMatch(hit -> hit.startsWith("comment Bilal"));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void finds_the_romanised_urdu_comment_of_the_reference_story_by_misspelled_words(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      for (String query : List.of("maante", "nahi maante", "batoon", "bhut", "\"baton sey nahin\"")) {
        SearchPage page = f.search(query);
        assertThat(page.hits()).as(query).isNotEmpty();
        SearchHit anand = page.hits().stream().filter(h -> "Anand".equals(h.byline())).findFirst().orElseThrow();
        assertThat(anand.kind()).isEqualTo(DocumentKind.COMMENT);
        assertThat(anand.title()).isEqualTo("US, Pakistan inch towards better relations");
        assertThat(anand.snippet().text()).contains("Laton key bhoot baton sey nahin mantey.");
      }
      Snippet snippet = f.search("nahi maante").hits().stream().filter(h -> "Anand".equals(h.byline())).findFirst().orElseThrow().snippet();
      assertThat(snippet.highlights()).extracting(h -> snippet.text().substring(h.start(), h.end())).containsExactly("nahin", "mantey");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_word_in_its_own_spelling_comes_before_its_other_spellings(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      assertThat(f.found("nahi")).extracting(hit -> hit.substring(0, hit.indexOf(':')))
          .containsExactly("comment Sana", "comment Omar", "comment Anand");
      assertThat(f.found("\"nahi\"")).extracting(hit -> hit.substring(0, hit.indexOf(':'))).containsExactly("comment Sana");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void urdu_script_is_found_across_its_spelling_variants(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      assertThat(f.found("پاكستان")).containsExactly("comment عائشہ: حکومت نہیں مانتی کہ ٹیکس زیادہ ہیں۔ پاکستان کی معیشت کمزور ہے۔");
      assertThat(f.found("نھیں")).extracting(hit -> hit.substring(0, hit.indexOf(':'))).containsExactly("comment عائشہ");
      assertThat(f.found("کراچي")).extracting(hit -> hit.substring(0, hit.indexOf(':'))).containsExactly("comment Hira");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void phrases_match_words_in_a_row_and_a_minus_leaves_out(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      assertThat(f.found("\"salaried workers\"")).extracting(hit -> hit.substring(0, hit.indexOf(':'))).containsExactly("story Ali Raza and Hina Shah");
      assertThat(f.found("\"workers salaried\"")).isEmpty();
      assertThat(f.found("workers")).hasSize(3);
      assertThat(f.found("workers -strike")).extracting(hit -> hit.substring(0, hit.indexOf(':'))).containsExactly("story Ali Raza and Hina Shah");
      assertThat(f.found("the talks")).isEqualTo(f.found("talks"));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void filters_narrow_by_kind_source_author_and_dates(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      SearchRequest karachi = SearchRequest.of("karachi");
      assertThat(f.app.search().search(karachi).hits()).hasSize(3);
      assertThat(f.app.search().search(karachi.withKinds(Set.of(DocumentKind.STORY))).hits())
          .extracting(SearchHit::title).containsExactly("Rain expected in Karachi this week", "Port traffic recovers after the strike");
      assertThat(f.app.search().search(karachi.withKinds(Set.of(DocumentKind.COMMENT))).hits())
          .extracting(SearchHit::byline).containsExactly("Faisal");
      SearchRequest bySource = new SearchRequest("workers", Set.of(), "thenews.com.pk", null, null, null, null, null, 20);
      assertThat(f.app.search().search(bySource).hits()).extracting(SearchHit::title).containsOnly("Budget talks stall over taxes");
      SearchRequest byAuthor = new SearchRequest("karachi", Set.of(), null, null, "nadia hussain", null, null, null, 20);
      assertThat(f.app.search().search(byAuthor).hits()).extracting(SearchHit::kind).containsOnly(DocumentKind.STORY).hasSize(2);
      SearchRequest byCommenter = new SearchRequest("rain", Set.of(), null, null, "FAISAL", null, null, null, 20);
      assertThat(f.app.search().search(byCommenter).hits()).extracting(SearchHit::byline).containsExactly("Faisal");
      SearchRequest inMay = new SearchRequest("karachi", Set.of(), null, null, null, LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 31), null, 20);
      assertThat(f.app.search().search(inMay).hits()).extracting(SearchHit::publishedOn).containsOnly(LocalDate.of(2024, 5, 28));
      SearchRequest oneDay = new SearchRequest("relations", Set.of(), null, null, null, LocalDate.of(2018, 3, 3), LocalDate.of(2018, 3, 3), null, 50);
      assertThat(f.app.search().search(oneDay).hits()).isNotEmpty().extracting(SearchHit::articleId).containsOnly(f.search("relation").hits().get(0).id());
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void pages_follow_one_another_by_cursor_without_repeats_or_gaps(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      List<String> whole = f.found(f.app.search().search(new SearchRequest("pakistan", Set.of(), null, null, null, null, null, null, 50)));
      assertThat(whole.size()).isGreaterThan(6);
      List<String> paged = new ArrayList<>();
      SearchRequest request = new SearchRequest("pakistan", Set.of(), null, null, null, null, null, null, 3);
      int pages = 0;
      for (SearchPage page = f.app.search().search(request); ; page = f.app.search().search(request.withCursor(page.nextCursor()))) {
        paged.addAll(SearchFixture.found(page));
        pages++;
        if (page.nextCursor() == null) {
          break;
        }
        assertThat(page.hits()).hasSize(3);
      }
      assertThat(paged).isEqualTo(whole);
      assertThat(pages).isEqualTo((whole.size() + 2) / 3);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_published_comment_is_found_at_once_and_a_rejected_or_held_one_never(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      long port = f.storyId("Port traffic");
      Comment published = f.post(port, "Yusuf", "The harbour cranes were idle for a fortnight.");
      assertThat(published.status()).isEqualTo(CommentStatus.PUBLISHED);
      assertThat(f.found("fortnight")).containsExactly("comment Yusuf: The harbour cranes were idle for a fortnight.");
      Comment held = f.post(port, "Rafiq", "What a stupid fortnight for the harbour.");
      assertThat(held.status()).isEqualTo(CommentStatus.PENDING);
      assertThat(f.found("fortnight")).hasSize(1);
      assertThat(f.found("stupid")).isEmpty();
      f.app.moderation().reject(published.id(), Moderator.named("Saima"), "off topic");
      assertThat(f.found("fortnight")).isEmpty();
      assertThat(f.found("harbour")).isEmpty();
      f.app.moderation().approve(held.id(), Moderator.named("Saima"), null);
      assertThat(f.found("fortnight")).containsExactly("comment Rafiq: What a stupid fortnight for the harbour.");
      f.app.searchIndexer().indexAll(done -> {});
      assertThat(f.found("cranes")).isEmpty();
      assertThat(f.app.searchIndexer().queued()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void reindexing_finds_the_same(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      List<String> before = f.found("karachi");
      List<Long> queued = new ArrayList<>();
      long indexed = f.app.searchIndexer().reindex(queued::add, done -> {});
      assertThat(queued).containsExactly(indexed);
      assertThat(indexed).isEqualTo(4 + 26 + 8);
      assertThat(f.found("karachi")).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_search_that_cannot_run_says_which_parameter_and_why(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      assertThatThrownBy(() -> f.search("  ")).isInstanceOf(SearchException.class).extracting("field").isEqualTo("q");
      assertThatThrownBy(() -> f.search("x".repeat(501))).hasMessage("A search has at most 500 characters.");
      assertThatThrownBy(() -> f.search("-relations")).hasMessageContaining("not only words to leave out");
      assertThatThrownBy(() -> f.search("... !!! ???")).isInstanceOf(SearchException.class);
      assertThatThrownBy(() -> f.app.search().search(SearchRequest.of("karachi").withCursor("bm90IGEgY3Vyc29y")))
          .isInstanceOf(SearchException.class).extracting("field").isEqualTo("cursor");
      assertThatThrownBy(() -> f.app.search().search(new SearchRequest("karachi", Set.of(), null, null, null, null, null, null, 51)))
          .extracting("field").isEqualTo("limit");
      assertThatThrownBy(() -> f.app.search().search(new SearchRequest("karachi", Set.of(), null, null, null,
          LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 1), null, 20))).extracting("field").isEqualTo("to");
      assertThatThrownBy(() -> f.app.search().search(new SearchRequest("karachi", Set.of(), "...", null, null, null, null, null, 20)))
          .extracting("field").isEqualTo("source");
      assertThat(f.found("zzzqqq")).isEmpty();
      assertThat(f.found("\"unterminated phrase")).isEmpty();
      assertThat(f.found("\" OR \"a\" AND NOT x) ' ; --")).isEmpty();
    }
  }
}

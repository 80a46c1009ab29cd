package news.broadsheet.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.search.SearchException;
import news.broadsheet.search.SearchHit;
import news.broadsheet.search.SearchRequest;
import news.broadsheet.testing.DatabaseKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Readers' search finds a desk story while it is published, and never before or after. */
class DeskSearchTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_story_is_found_only_while_it_is_published_and_its_comments_with_it(DatabaseKind kind) {
    try (DeskFixture f = new DeskFixture(kind, temp)) {
      DeskStory draft = f.desk().create(f.writer, DeskFixture.story("Port traffic recovers"));
      assertThat(found(f, "cranes")).isEmpty();
      f.desk().submit(f.writer, draft.id());
      assertThat(found(f, "cranes")).isEmpty();

      f.desk().publish(f.editor, draft.id(), null);
      assertThat(found(f, "cranes")).containsExactly("story Port traffic recovers");
      f.app.posting().post(new CommentDraft(draft.id(), null, "Reader", "The cranes are a welcome sight.", "c1"));
      assertThat(found(f, "welcome")).containsExactly("comment Port traffic recovers");

      f.desk().unpublish(f.editor, draft.id());
      assertThat(found(f, "cranes")).isEmpty();
      assertThat(found(f, "welcome")).isEmpty();

      f.desk().publish(f.editor, draft.id(), null);
      assertThat(found(f, "cranes")).containsExactlyInAnyOrder("story Port traffic recovers", "comment Port traffic recovers");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_update_is_found_by_its_new_words_and_a_scheduled_story_once_it_is_out(DatabaseKind kind) {
    try (DeskFixture f = new DeskFixture(kind, temp)) {
      long id = f.published("Port traffic surges");
      assertThat(found(f, "surges")).containsExactly("story Port traffic surges");
      DeskStory opened = f.desk().open(f.editor, id);
      f.desk().save(f.editor, id, opened.revision(), opened.content().withHeadline("Port traffic doubles"));
      assertThat(found(f, "doubles")).containsExactly("story Port traffic doubles");
      assertThat(found(f, "surges")).isEmpty();

      DeskStory budget = f.desk().create(f.writer, DeskFixture.story("Budget presented today"));
      Instant at = DeskFixture.START.plus(Duration.ofHours(2));
      f.desk().publish(f.editor, budget.id(), at);
      assertThat(found(f, "budget")).isEmpty();
      f.clock.set(at.plusSeconds(1));
      assertThat(f.app.desk().scheduler().publishDue()).isEqualTo(1);
      assertThat(found(f, "budget")).containsExactly("story Budget presented today");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_story_is_found_by_its_standfirst_and_with_its_comments_by_its_section(DatabaseKind kind) {
    try (DeskFixture f = new DeskFixture(kind, temp)) {
      Section business = f.app.desk().sections().add("Business", true);
      Section city = f.app.desk().sections().add("City", true);
      DeskStory draft = f.desk().create(f.writer, withSection(DeskFixture.story("Port traffic recovers"), business.slug()));
      f.desk().submit(f.writer, draft.id());
      f.desk().publish(f.editor, draft.id(), null);
      long other = f.published("Budget presented today");
      f.app.posting().post(new CommentDraft(draft.id(), null, "Reader", "Traffic is one thing, wages another.", "c1"));
      f.app.posting().post(new CommentDraft(other, null, "Reader", "Traffic will not pay the taxes.", "c2"));

      assertThat(found(f, "\"last year's level\"")).containsExactlyInAnyOrder("story Port traffic recovers", "story Budget presented today");
      assertThat(found(f, inSection("traffic", business.slug())))
          .containsExactlyInAnyOrder("story Port traffic recovers", "comment Port traffic recovers");
      assertThat(found(f, inSection("traffic", city.slug()))).isEmpty();

      DeskStory opened = f.desk().open(f.editor, draft.id());
      f.desk().save(f.editor, draft.id(), opened.revision(), withSection(opened.content(), city.slug()));
      f.app.searchIndexer().indexAll(done -> {});
      assertThat(found(f, inSection("traffic", business.slug()))).isEmpty();
      assertThat(found(f, inSection("traffic", city.slug())))
          .containsExactlyInAnyOrder("story Port traffic recovers", "comment Port traffic recovers");
      assertThatThrownBy(() -> found(f, inSection("traffic", "no-such-section")))
          .isInstanceOf(SearchException.class).hasMessageContaining("no-such-section");
    }
  }

  private static StoryDraft withSection(StoryDraft draft, String slug) {
    return new StoryDraft(draft.headline(), draft.standfirst(), draft.authors(), draft.dateline(), slug, draft.tags(),
        draft.body(), draft.printPublication(), draft.printDate(), draft.commentsMode(), draft.leadMedia());
  }

  private static SearchRequest inSection(String words, String section) {
    return new SearchRequest(words, java.util.Set.of(), null, section, null, null, null, null, 20);
  }

  private static List<String> found(DeskFixture f, SearchRequest request) {
    return f.app.search().search(request).hits().stream().map(DeskSearchTest::shown).toList();
  }

  /** What a reader's search for the words finds: kind and story headline. */
  private static List<String> found(DeskFixture f, String words) {
    return found(f, SearchRequest.of(words));
  }

  private static String shown(SearchHit hit) {
    return hit.kind().code() + " " + hit.title();
  }
}

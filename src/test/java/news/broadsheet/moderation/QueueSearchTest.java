package news.broadsheet.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.ReasonKind;
import news.broadsheet.search.DocumentKind;
import news.broadsheet.search.SearchHit;
import news.broadsheet.search.SearchRequest;
import news.broadsheet.testing.DatabaseKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Moderators search the queue with the reader's search machinery (words, spellings, phrases),
 * over comments readers may not see; readers never find those.
 */
class QueueSearchTest {

  private static final Moderator SAIMA = ModerationFixture.MODERATOR;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_moderator_finds_a_held_romanised_urdu_comment_by_a_misspelled_word_and_a_reader_never_does(DatabaseKind kind)
      throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      Comment held = f.post("Sana Mir", "Yeh stupid log kabhi nahi mante jab tak nuksan na ho.", "k1");
      Comment other = f.post("Ali", "A stupid idea: support the port, not the people.", "k2");
      f.post("Omar", "What a stupid report.", "k3");
      assertThat(held.status()).isEqualTo(CommentStatus.PENDING);

      assertThat(ids(f, QueueTab.PENDING, "nahin maante")).containsExactly(held.id());
      assertThat(ids(f, QueueTab.HELD_AUTOMATICALLY, "NAHI")).containsExactly(held.id());
      assertThat(ids(f, QueueTab.PENDING, "\"nahi mante\"")).containsExactly(held.id());
      assertThat(ids(f, QueueTab.PENDING, "\"mante nahi\"")).isEmpty();
      assertThat(ids(f, QueueTab.PENDING, "port")).as("words, not parts of words").containsExactly(other.id());
      assertThat(ids(f, QueueTab.PENDING, "stupid -port")).doesNotContain(other.id()).contains(held.id());
      assertThat(f.app.queue().counts(new QueueFilter(null, null, "nahin maante")))
          .containsEntry(QueueTab.PENDING, 1L).containsEntry(QueueTab.HELD_AUTOMATICALLY, 1L)
          .containsEntry(QueueTab.APPROVED, 0L).containsEntry(QueueTab.REJECTED, 0L);

      assertThat(readerFinds(f, "nahin maante")).isEmpty();
      assertThat(readerFinds(f, "\"nahi mante\"")).isEmpty();
      assertThat(readerFinds(f, "stupid")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_approved_comment_leaves_the_queues_results_and_a_rejected_one_stays_out_of_the_readers(DatabaseKind kind)
      throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      Comment held = f.post("Sana Mir", "Yeh stupid log kabhi nahi mante.", "k1");
      Comment rejected = f.post("Zara", "idiot, pani nahi aata is mohalle mein", "k2");
      assertThat(rejected.status()).isEqualTo(CommentStatus.REJECTED);

      f.app.moderation().approve(held.id(), SAIMA, null);
      assertThat(ids(f, QueueTab.PENDING, "nahin maante")).isEmpty();
      assertThat(ids(f, QueueTab.APPROVED, "nahin maante")).containsExactly(held.id());
      assertThat(readerFinds(f, "nahin maante")).containsExactly(held.id());

      assertThat(ids(f, QueueTab.REJECTED, "paani mohala")).containsExactly(rejected.id());
      assertThat(f.app.queue().count(QueueTab.REJECTED, new QueueFilter(null, null, "paani", ReasonKind.BANNED_WORDS))).isEqualTo(1);
      assertThat(f.app.queue().count(QueueTab.REJECTED, new QueueFilter(null, null, "paani", ReasonKind.LINKS))).isZero();
      assertThat(readerFinds(f, "paani")).isEmpty();
      assertThat(readerFinds(f, "mohalle")).isEmpty();

      f.app.moderation().approve(rejected.id(), SAIMA, "on second thought");
      assertThat(readerFinds(f, "mohalle")).containsExactly(rejected.id());
      f.app.moderation().decideAll(ModeratorDecision.SPAM, List.of(rejected.id()), SAIMA, null);
      assertThat(readerFinds(f, "mohalle")).isEmpty();
      assertThat(ids(f, QueueTab.REJECTED, "mohalle")).containsExactly(rejected.id());
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void the_commenter_filter_folds_names_as_search_does_and_still_takes_a_client_key(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      Comment ayesha = f.post("Ayesha Khán", "stupid plan", "home");
      Comment other = f.post("Ayesha", "stupid idea", "office");
      assertThat(byCommenter(f, "ayesha khan")).containsExactly(ayesha.id());
      assertThat(byCommenter(f, "AYESHA-KHAN")).containsExactly(ayesha.id());
      assertThat(byCommenter(f, "Ayesha")).containsExactly(other.id());
      assertThat(byCommenter(f, "office")).containsExactly(other.id());
      assertThat(byCommenter(f, "...")).isEmpty();
      assertThat(f.app.queue().page(QueueTab.PENDING, new QueueFilter(null, "ayesha khan", "idea"), null, 10).entries()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_text_filter_that_cannot_be_searched_says_what_to_change(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      assertThatThrownBy(() -> new QueueFilter(null, null, "-stupid"))
          .isInstanceOf(ModerationException.class).hasMessageContaining("not only words to leave out");
      assertThatThrownBy(() -> new QueueFilter(null, null, "a b c d e f g h i j k l m n"))
          .isInstanceOf(ModerationException.class).hasMessageContaining("at most 12 words");
      assertThat(ids(f, QueueTab.PENDING, "100%_ OR 1=1 '")).isEmpty();
    }
  }

  private static List<Long> ids(ModerationFixture f, QueueTab tab, String words) {
    return f.app.queue().page(tab, new QueueFilter(null, null, words), null, 50).entries().stream()
        .map(e -> e.comment().id()).toList();
  }

  private static List<Long> byCommenter(ModerationFixture f, String commenter) {
    return f.app.queue().page(QueueTab.PENDING, new QueueFilter(null, commenter, null), null, 50).entries().stream()
        .map(e -> e.comment().id()).toList();
  }

  /** The comments a reader's search finds. */
  private static List<Long> readerFinds(ModerationFixture f, String words) {
    return f.app.search().search(SearchRequest.of(words)).hits().stream()
        .filter(hit -> hit.kind() == DocumentKind.COMMENT).map(SearchHit::id).toList();
  }
}

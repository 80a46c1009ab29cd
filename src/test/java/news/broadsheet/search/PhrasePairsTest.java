package news.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.testing.DatabaseKind;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Phrases are looked up by the pairs of adjacent terms every document holds (migration V43), and
 * still match exactly as phrases: the words in a row, in one field, and nothing else.
 */
class PhrasePairsTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_phrase_needs_its_words_in_a_row_not_only_its_pairs_somewhere(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      long port = f.storyId("Port traffic");
      f.post(port, "Aslam", "Nothing has changed in the harbour since the strike.");
      f.post(port, "Bushra", "Nothing has improved at the harbour; what has changed is the tariff.");
      f.post(port, "Chand", "Has changed? Nothing. The strike changed nothing has been said before.");
      assertThat(bylines(f, "\"nothing has changed\"")).containsExactly("Aslam");
      assertThat(bylines(f, "\"has changed\"")).containsExactlyInAnyOrder("Aslam", "Bushra", "Chand");
      assertThat(bylines(f, "\"changed nothing\"")).containsExactly("Chand");
      assertThat(bylines(f, "\"nothing has\"")).containsExactlyInAnyOrder("Aslam", "Bushra", "Chand");
      assertThat(bylines(f, "harbour -\"nothing has changed\"")).containsExactly("Bushra");
      assertThat(bylines(f, "\"changing nothing\"")).as("a phrase's pairs are of terms: inflections match").containsExactly("Chand");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void no_phrase_spans_two_fields_and_a_repeated_word_is_paired_with_itself(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      assertThat(f.found("\"strike karachi\"")).as("the headline's last word and the body's first").isEmpty();
      assertThat(f.found("\"hussain karachi\"")).as("the byline's last word and the body's first").isEmpty();
      long rain = f.storyId("Rain expected");
      f.post(rain, "Dania", "Very very hot today, again.");
      assertThat(bylines(f, "\"very very\"")).containsExactly("Dania");
      assertThat(bylines(f, "\"very very very\"")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void documents_indexed_before_pairs_are_found_by_their_words_until_every_one_is_indexed_again(DatabaseKind kind) {
    try (SearchFixture f = new SearchFixture(kind, temp)) {
      long port = f.storyId("Port traffic");
      Comment requeued = f.post(port, "Ejaz", "The dock gates stayed shut all week.");
      Comment probe = f.post(port, "Farah", "The dock gates were painted.");
      f.app.database().inTransactionAlone(handle -> {
        withoutPairs(handle, kind, requeued.id());
        withoutPairs(handle, kind, probe.id());
        handle.createUpdate("INSERT INTO search_queue (kind, item_id) VALUES ('comment', ?)").bind(0, requeued.id()).execute();
        return handle.execute("INSERT INTO search_pairs_pending (up_to_seq) SELECT MAX(seq) FROM search_queue");
      });
      assertThat(bylines(f, "\"dock gates\"")).as("while pairs are pending, by the words").containsExactlyInAnyOrder("Ejaz", "Farah");
      f.app.searchIndexer().indexAll(done -> {});
      long marks = f.app.database().read(h -> h.createQuery("SELECT COUNT(*) FROM search_pairs_pending").mapTo(Long.class).one());
      assertThat(marks)
          .as("the queue is past the mark: the mark goes").isZero();
      assertThat(bylines(f, "\"dock gates\"")).as("by the pairs: Farah's document, left without them, is the probe")
          .containsExactly("Ejaz");
    }
  }

  /** Takes the pair terms out of a comment's document, as a document indexed before V43 was. */
  private static void withoutPairs(Handle handle, DatabaseKind kind, long commentId) {
    long key = handle.createQuery("SELECT id FROM search_documents WHERE kind = 'comment' AND item_id = ?")
        .bind(0, commentId).mapTo(Long.class).one();
    if (kind == DatabaseKind.POSTGRESQL) {
      handle.createUpdate("UPDATE search_documents SET terms = ts_delete(terms,"
          + " ARRAY(SELECT lexeme FROM unnest(terms) WHERE strpos(lexeme, :pair) > 0)) WHERE id = :key")
          .bind("pair", SearchDocument.PAIR).bind("key", key).execute();
      return;
    }
    SearchDocument document = SearchDocument.of(new SearchStore().comments(handle, List.of(commentId)).get(0));
    handle.createUpdate("DELETE FROM search_public WHERE rowid = ?").bind(0, key).execute();
    handle.createUpdate("INSERT INTO search_public (rowid, words, variants, facets) VALUES (?, ?, ?, ?)")
        .bind(0, key).bind(1, String.join(" ", document.words())).bind(2, String.join(" ", document.variants()))
        .bind(3, String.join(" ", document.facets())).execute();
  }

  private static List<String> bylines(SearchFixture f, String query) {
    return f.search(query).hits().stream().filter(h -> h.kind() == DocumentKind.COMMENT).map(SearchHit::byline).toList();
  }
}

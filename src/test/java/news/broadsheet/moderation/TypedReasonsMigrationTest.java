package news.broadsheet.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.ReasonParams.Word;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.StoryFiles;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reasons older versions stored as words, in comments and in the audit trail, read as typed
 * reasons once the migration has run: the database is filled as an older version left it, the
 * migration's conversion runs, and the database is opened again.
 */
class TypedReasonsMigrationTest {

  private static final String LINKS_AND_WORD = "held: 3 links, the limit is 2\nheld: \"stupid\" is a word a moderator looks at first";

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void reasons_stored_as_words_read_as_typed_reasons_after_the_migration(DatabaseKind kind) throws Exception {
    DatabaseLocation location = TestDatabases.fresh(kind, temp);
    long held;
    long suspended;
    long hidden;
    long typed;
    try (App older = app(location)) {
      long story = story(older);
      held = post(older, story, "Held with links");
      suspended = post(older, story, "Refused while suspended");
      hidden = post(older, story, "Hidden by reports");
      typed = post(older, story, "Held as this version holds it");
      older.database().inTransaction(handle -> {
        handle.execute("UPDATE comments SET status = 'pending', reasons = ? WHERE id = ?", LINKS_AND_WORD, held);
        handle.execute("UPDATE comments SET status = 'rejected', reasons = ? WHERE id = ?",
            "You are suspended until 2024-05-21 06:00 UTC: ذاتی حملے", suspended);
        handle.execute("UPDATE comments SET status = 'pending', reasons = ? WHERE id = ?", "held: reported by 3 readers", hidden);
        handle.execute("UPDATE comments SET status = 'pending', reasons = ? WHERE id = ?",
            "[{\"kind\":\"duplicate\",\"outcome\":\"held\"}]", typed);
        handle.execute("DELETE FROM moderation_events");
        event(handle, held, "screening", "screening", "held", LINKS_AND_WORD);
        event(handle, hidden, "readers", "readers", "hidden", "reported by 3 readers");
        event(handle, held, "moderator", "Saima", "rejected", "held: this is a moderator's own reason");
        // What migration V61 runs once, run here again on what an older version left (Flyway
        // itself would refuse to run V61 again once later migrations are applied).
        LegacyReasonStore.convert(handle.getConnection());
        return null;
      });
    }
    try (App newer = app(location)) {
      assertThat(reasons(newer, held))
          .containsExactly(Reason.links(3, 2), Reason.suspectWords(List.of(new Word("stupid", null))));
      assertThat(reasons(newer, suspended)).containsExactly(Reason.sanction(Instant.parse("2024-05-21T06:00:00Z"), "ذاتی حملے"));
      assertThat(reasons(newer, hidden)).containsExactly(Reason.reports(3));
      assertThat(reasons(newer, typed)).containsExactly(Reason.duplicate());
      String stored = newer.database().read(h -> h.createQuery("SELECT reasons FROM comments WHERE id = " + held)
          .mapTo(String.class).one());
      assertThat(stored).startsWith("[{\"kind\":\"links\"");

      List<ModerationEvent> history = newer.moderation().history(held);
      assertThat(history).extracting(ModerationEvent::action).containsExactly(ModerationAction.HELD, ModerationAction.REJECTED);
      assertThat(history.get(0).reasons()).isEqualTo(reasons(newer, held));
      assertThat(history.get(0).note()).isEmpty();
      assertThat(history.get(1).reasons()).as("a person's words are not screening's reasons").isEmpty();
      assertThat(history.get(1).note()).isEqualTo("held: this is a moderator's own reason");
      assertThat(newer.moderation().history(hidden)).singleElement()
          .satisfies(event -> assertThat(event.reasons()).containsExactly(Reason.reports(3)));
    }
  }

  private static App app(DatabaseLocation location) {
    return new App(new AppConfig(location, ZoneId.of("UTC"), Map.of()), new MutableClock(Instant.parse("2024-05-14T06:00:00Z")));
  }

  private long story(App app) throws Exception {
    Path file = StoryFiles.write(temp.resolve("stories"), "port.txt", StoryFiles.story("Port traffic recovers"));
    app.importer().importAll(List.of(ArchiveInput.file(file)), ImportProgress.SILENT);
    return app.articles().latestOf("DAWN.COM", 10, 0).get(0).id();
  }

  private static long post(App app, long story, String text) {
    return app.posting().post(new CommentDraft(story, null, "Reader", text, null)).id();
  }

  private static List<Reason> reasons(App app, long commentId) {
    return app.comments().find(commentId).map(Comment::reasons).orElseThrow();
  }

  private static void event(org.jdbi.v3.core.Handle handle, long comment, String kind, String actor, String action, String reason) {
    handle.execute("INSERT INTO moderation_events (comment_id, actor_kind, actor, action, reason, created_at)"
        + " VALUES (?, ?, ?, ?, ?, 0)", comment, kind, actor, action, reason);
  }
}

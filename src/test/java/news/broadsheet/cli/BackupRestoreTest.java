package news.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.DatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet backup} while comments are being posted, and {@code broadsheet restore}. */
class BackupRestoreTest {

  private static final int POSTERS = 4;

  @TempDir Path temp;

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void a_backup_taken_while_readers_post_restores_every_comment_acknowledged_before_it_began() throws Exception {
    Path live = temp.resolve("live");
    Path backup = temp.resolve("backups/broadsheet-backup.db");
    Files.createDirectories(backup.getParent());
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    Map<Long, String> beforeBackup;
    try (App app = TestApps.on(DatabaseLocation.embedded(live))) {
      app.importer().importAll(List.of(ArchiveInput.file(ReferenceSample.file())), ImportProgress.SILENT);
      long story = app.articles().latest(1, 0).get(0).id();
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
      for (int p = 0; p < POSTERS; p++) {
        int poster = p;
        posters.submit(() -> {
          for (int n = 0; !stop.get(); n++) {
            String text = "Poster " + poster + " says " + n + ".";
            Comment stored = app.posting().post(new CommentDraft(story, null, "Reader " + poster, text, null));
            acknowledged.put(stored.id(), text);
          }
          return null;
        });
      }
      Eventually.within(Duration.ofSeconds(60), () -> acknowledged.size() >= 200);
      beforeBackup = Map.copyOf(acknowledged);
      CommandRun backedUp = run("backup", "--data", live.toString(), "--out", backup.toString());
      Eventually.within(Duration.ofSeconds(60), () -> acknowledged.size() >= beforeBackup.size() + 100);
      stop.set(true);
      posters.shutdown();
      assertThat(posters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
      assertThat(backedUp.out()).startsWith("backed up jdbc:sqlite:" + live.resolve("broadsheet.db") + " into " + backup);
    }
    assertThat(Files.list(backup.getParent()).map(p -> p.getFileName().toString())).containsExactly("broadsheet-backup.db");

    Path restored = temp.resolve("restored");
    CommandRun restore = run("restore", "--data", restored.toString(), backup.toString());
    assertThat(restore.exitCode()).as(restore.err()).isZero();
    assertThat(restore.out()).isEqualTo("restored " + backup + " into jdbc:sqlite:" + restored.resolve("broadsheet.db") + "\n");
    try (App app = TestApps.on(DatabaseLocation.embedded(restored))) {
      long story = app.articles().latest(1, 0).get(0).id();
      Map<Long, String> stored = new ConcurrentHashMap<>();
      app.comments().published(story).forEach(c -> stored.put(c.id(), c.text()));
      assertThat(stored).containsAllEntriesOf(beforeBackup);
      assertThat(stored.size()).isLessThan(26 + acknowledged.size());
    }
  }

  @Test
  void restore_refuses_a_folder_that_is_not_empty_and_leaves_it_as_it_was() throws Exception {
    Path backup = backupOfAFreshDatabase();
    Path data = temp.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("notes.txt"), "keep me");
    CommandRun restore = run("restore", "--data", data.toString(), backup.toString());
    assertThat(restore.exitCode()).isEqualTo(2);
    assertThat(restore.err()).isEqualTo("broadsheet restore: the data folder " + data
        + " is not empty (it holds notes.txt); restore goes into an empty or new folder only, so that no database is"
        + " overwritten\n");
    assertThat(Files.list(data).map(p -> p.getFileName().toString())).containsExactly("notes.txt");
  }

  @Test
  void restore_refuses_a_file_that_is_not_a_broadsheet_database() throws Exception {
    Path text = Files.writeString(temp.resolve("story.txt"), " date 2024-05-14 DAWN.COM\n\nNot a database\n");
    Path other = temp.resolve("other.db");
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
    }
    Path data = temp.resolve("data");
    assertThat(run("restore", "--data", data.toString(), text.toString()).err())
        .isEqualTo("broadsheet restore: " + text + " is not a Broadsheet backup: it is not an SQLite database\n");
    assertThat(run("restore", "--data", data.toString(), other.toString()).err())
        .isEqualTo("broadsheet restore: " + other + " is not a Broadsheet backup: it has no stories, comments and schema history\n");
    CommandRun missing = run("restore", "--data", data.toString(), temp.resolve("nowhere.db").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).endsWith("nowhere.db is not a file\n");
    assertThat(Files.exists(data)).isFalse();
  }

  @Test
  void restore_refuses_a_backup_from_a_newer_broadsheet() throws Exception {
    Path backup = backupOfAFreshDatabase();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
              + " installed_by, execution_time, success) VALUES (999, '999', 'from the future', 'SQL',"
              + " 'V999__from_the_future.sql', 0, 'test', 0, 1)");
    }
    Path data = temp.resolve("data");
    CommandRun restore = run("restore", "--data", data.toString(), backup.toString());
    assertThat(restore.exitCode()).isEqualTo(2);
    assertThat(restore.err()).isEqualTo("broadsheet restore: " + backup + " comes from a newer Broadsheet (its schema has"
        + " version 999, which this one does not know); restore it with that version or a later one\n");
    assertThat(Files.exists(data.resolve("broadsheet.db"))).isFalse();
  }

  @Test
  void backup_refuses_to_overwrite_a_file_and_says_so_when_there_is_no_database() throws Exception {
    Path backup = backupOfAFreshDatabase();
    byte[] before = Files.readAllBytes(backup);
    CommandRun again = run("backup", "--data", temp.resolve("fresh").toString(), "--out", backup.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).isEqualTo("broadsheet backup: " + backup + " exists already; name a new file to back up into\n");
    assertThat(Files.readAllBytes(backup)).isEqualTo(before);
    CommandRun nothing = run("backup", "--data", temp.resolve("empty").toString(), "--out", temp.resolve("x.db").toString());
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).isEqualTo("broadsheet backup: there is no database at " + temp.resolve("empty/broadsheet.db") + " to back up\n");
  }

  @Test
  void on_postgresql_backup_says_to_use_pg_dump_and_exits_2() {
    DatabaseLocation postgres = TestDatabases.fresh(DatabaseKind.POSTGRESQL, temp);
    String url = postgres.jdbcUrl() + (postgres.jdbcUrl().contains("?") ? "&" : "?") + "password=secret";
    CommandRun backup = run("backup", "--database", url, "--database-user", "postgres", "--out", "/tmp/x.dump");
    assertThat(backup.exitCode()).isEqualTo(2);
    assertThat(backup.err())
        .startsWith("broadsheet backup: the database is PostgreSQL, which Broadsheet does not copy itself; back it up"
            + " with PostgreSQL's pg_dump instead, while the server runs: pg_dump --format=custom --username=postgres"
            + " --file=/tmp/x.dump 'postgresql://")
        .doesNotContain("secret")
        .contains("pg_restore");
    CommandRun restore = run("restore", "--database", url, "/tmp/x.dump");
    assertThat(restore.exitCode()).isEqualTo(2);
    assertThat(restore.err()).contains("pg_restore").doesNotContain("secret");
  }

  private Path backupOfAFreshDatabase() {
    Path data = temp.resolve("fresh");
    try (App app = TestApps.on(DatabaseLocation.embedded(data))) {
      app.database().isReachable();
    }
    Path backup = temp.resolve("fresh-backup.db");
    assertThat(run("backup", "--data", data.toString(), "--out", backup.toString()).exitCode()).isZero();
    return backup;
  }
}

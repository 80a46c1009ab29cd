package news.broadsheet.archive;

import static news.broadsheet.archive.DatabaseQueries.commentsSchema;
import static news.broadsheet.archive.DatabaseQueries.connect;
import static news.broadsheet.archive.DatabaseQueries.count;
import static news.broadsheet.testing.StoryFiles.comment;
import static news.broadsheet.testing.StoryFiles.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import news.broadsheet.App;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.ServeProcess;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.StoryFiles;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A bulk load that is killed, or that the database refuses, stores nothing and leaves the schema whole. */
class BulkImportFailureTest {

  private static final int STORIES = 4000;
  private static final int COMMENTS_EACH = 20;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_bulk_load_killed_half_way_stores_nothing_and_the_next_import_completes(DatabaseKind kind) throws Exception {
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, STORIES, COMMENTS_EACH);
    DatabaseLocation location = TestDatabases.fresh(kind, temp);
    List<String> schema;
    try (App migrated = TestApps.on(location)) {
      schema = commentsSchema(location);
    }
    Process importer = startImport(location, corpus);
    waitFor(() -> bulkLoadUnderWay(location), importer);
    Thread.sleep(300);
    assertThat(importer.isAlive()).as("still importing when killed").isTrue();
    importer.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no clean close

    assertThat(count(location, "SELECT COUNT(*) FROM articles")).isZero();
    assertThat(count(location, "SELECT COUNT(*) FROM comments")).isZero();
    assertThat(count(location, "SELECT COUNT(*) FROM search_queue")).isZero();
    assertThat(commentsSchema(location)).isEqualTo(schema);
    try (App app = TestApps.on(location)) {
      ImportSummary again = app.importer().importAll(ArchiveInputs.expand(List.of(corpus.toString()), System.in), ImportProgress.SILENT);
      assertThat(again.articlesNew()).isEqualTo(STORIES);
      assertThat(app.stats().stats().comments()).isEqualTo((long) STORIES * COMMENTS_EACH);
      assertThat(app.searchIndexer().queued()).isEqualTo(STORIES + (long) STORIES * COMMENTS_EACH);
    }
    assertThat(commentsSchema(location)).isEqualTo(schema);
  }

  @ParameterizedTest
  @EnumSource(value = ImportMode.class, names = {"BULK", "GROUPS"})
  void a_copy_that_postgresql_refuses_stops_the_import_and_stores_nothing_of_its_transaction(ImportMode mode)
      throws Exception {
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, 30, 10);
    // PostgreSQL keeps no NUL character in text: the database, not the archive's format, refuses it.
    StoryFiles.write(corpus, "story-00015-nul.txt", story("A NUL in a comment", comment("Zara", "May 14, 2024 10:05am", "a\u0000b")));
    DatabaseLocation location = TestDatabases.fresh(DatabaseKind.POSTGRESQL, temp);
    try (App app = TestApps.on(location)) {
      List<String> schema = commentsSchema(location);
      List<ArchiveInput> inputs = ArchiveInputs.expand(List.of(corpus.toString()), System.in);
      assertThatThrownBy(() -> app.importer().importAll(inputs, mode, ImportProgress.SILENT))
          .isInstanceOf(ImportStoppedException.class)
          .hasMessageContaining("0 files were stored before this")
          .hasMessageContaining("run the same import again");

      assertThat(app.stats().stats().articles()).isZero();
      assertThat(app.stats().stats().comments()).isZero();
      assertThat(app.searchIndexer().queued()).isZero();
      assertThat(commentsSchema(location)).isEqualTo(schema);
    }
  }

  private Process startImport(DatabaseLocation location, Path corpus) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        ServeProcess.javaBinary(), "-cp", ServeProcess.testClassPath(), "news.broadsheet.cli.Main",
        "import", "--mode", "bulk", "--data", location.dataDir().toString()));
    if (location.jdbcUrl() != null) {
      command.addAll(List.of("--database", location.jdbcUrl(), "--database-user", location.user()));
    }
    command.add(corpus.toString());
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(temp.resolve("import.log").toFile()).start();
  }

  /**
   * Whether a bulk load's transaction is open: on PostgreSQL it holds the comments table for
   * itself; on SQLite it holds the write lock from its start to its end, once the schema is
   * migrated.
   */
  private static boolean bulkLoadUnderWay(DatabaseLocation location) {
    try (Connection connection = connect(location);
        Statement statement = connection.createStatement()) {
      if (location.vendor() == DatabaseLocation.Vendor.POSTGRESQL) {
        try (ResultSet locks = statement.executeQuery(
            "SELECT COUNT(*) FROM pg_locks WHERE relation = 'comments'::regclass AND mode = 'AccessExclusiveLock' AND granted")) {
          return locks.next() && locks.getLong(1) > 0;
        }
      }
      statement.execute("PRAGMA busy_timeout = 0");
      try {
        statement.execute("BEGIN IMMEDIATE");
        statement.execute("ROLLBACK");
        return false;
      } catch (SQLException locked) {
        return true;
      }
    } catch (SQLException notYet) {
      return false;
    }
  }

  private static void waitFor(BooleanSupplier condition, Process process) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      assertThat(process.isAlive()).as("the import ended before it was seen under way").isTrue();
      assertThat(System.nanoTime()).as("the import was seen under way within a minute").isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}

package news.broadsheet.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportMode;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.config.AppConfig;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.moderation.WordList;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.StoryFiles;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dashboard's aggregates stay equal to what the comments and the audit trail say, on both
 * databases, through imports, posting, moderators' decisions, readers' reports and the migration
 * that first fills them.
 */
class AggregatesTest {

  private static final Moderator SAIMA = Moderator.named("Saima");

  @TempDir Path temp;

  private final MutableClock clock = new MutableClock(Instant.parse("2024-05-14T06:00:00Z"));

  private App app(DatabaseLocation location) {
    return new App(new AppConfig(location, ZoneId.of("UTC"), Map.of()), clock);
  }

  private void importFiles(App app, Path... files) throws Exception {
    app.importer().importAll(java.util.Arrays.stream(files).map(ArchiveInput::file).toList(), ImportProgress.SILENT);
  }

  private Path port(String... comments) {
    return StoryFiles.write(temp.resolve("stories"), "port-" + comments.length + ".txt",
        StoryFiles.story("Port traffic recovers", comments));
  }

  private static void assertTrue(App app) {
    assertThat(AggregatesOracle.stored(app.database())).isEqualTo(AggregatesOracle.expected(app.database()));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void imports_posting_decisions_and_reports_keep_every_count_true(DatabaseKind kind) throws Exception {
    try (App app = app(TestDatabases.fresh(kind, temp))) {
      importFiles(app, ReferenceSample.file(), port(
          StoryFiles.comment("Ayesha", "May 14, 2024 09:05am", "Good news for traders."),
          StoryFiles.comment("Bilal", "May 14, 2024 11:40pm", "Pani ka masla phir bhi hai.")));
      assertTrue(app);
      assertThat(AggregatesOracle.stored(app.database())).containsEntry("first name:Dr. Salaria, Aamir Ahmad",
          Instant.parse("2018-03-03T04:48:00Z").toEpochMilli());

      long story = app.articles().latestOf("DAWN.COM", 10, 0).stream()
          .filter(a -> a.story().headline().startsWith("Port")).findFirst().orElseThrow().id();
      long account = app.accounts().addUser("Zainab", Role.READER, "correct horse battery").id();
      app.words().add(WordList.BANNED, List.of("zorblax"), "test");
      Comment plain = app.posting().post(new CommentDraft(story, null, "Ayesha", "Trade is up again.", "c1"));
      Comment mine = app.posting().post(CommentDraft.byAccount(story, plain.id(), account, "Zainab", "Agreed.", "c2"));
      Comment links = app.posting().post(new CommentDraft(story, null, "Linker",
          "See https://a.example/1 https://b.example/2 https://c.example/3", "c3"));
      Comment banned = app.posting().post(new CommentDraft(story, null, "Rude", "Zorblax to you.", "c4"));
      assertThat(List.of(plain.status(), mine.status(), links.status(), banned.status()))
          .containsExactly(CommentStatus.PUBLISHED, CommentStatus.PUBLISHED, CommentStatus.PENDING, CommentStatus.REJECTED);
      assertTrue(app);

      clock.advance(Duration.ofMinutes(42));
      app.moderation().approve(links.id(), SAIMA, "");
      app.moderation().reject(plain.id(), SAIMA, "off topic");
      app.moderation().markSpam(mine.id(), SAIMA, "");
      app.settings().set("moderation.reports.hide-at", "1", "test");
      app.reports().report(links.id(), "reader-1", "rude");
      assertThat(app.comments().find(links.id()).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
      assertTrue(app);
      assertThat(AggregatesOracle.stored(app.database()))
          .containsEntry("hold " + links.id() + " " + clock.instant().minus(Duration.ofMinutes(42)).toEpochMilli() + " published",
              clock.instant().toEpochMilli());

      clock.advance(Duration.ofHours(3));
      app.moderation().reject(links.id(), SAIMA, "reported, and rightly");
      importFiles(app, port(
          StoryFiles.comment("Ayesha", "May 14, 2024 09:05am", "Good news for traders."),
          StoryFiles.comment("Bilal", "May 14, 2024 11:40pm", "Pani ka masla phir bhi hai."),
          StoryFiles.comment("Chaudhry", "May 15, 2024 12:10am", "Late, but true.")));
      importFiles(app, ReferenceSample.file());
      assertTrue(app);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_bulk_import_counts_what_it_stored_once_and_an_import_in_groups_too(DatabaseKind kind) throws Exception {
    SmallCorpus.write(temp.resolve("corpus"), 3, 7);
    List<ArchiveInput> corpus = new java.util.ArrayList<>();
    try (var files = java.nio.file.Files.list(temp.resolve("corpus"))) {
      files.sorted().forEach(file -> corpus.add(ArchiveInput.file(file)));
    }
    try (App app = app(TestDatabases.fresh(kind, temp))) {
      app.importer().importAll(corpus, ImportMode.BULK, ImportProgress.SILENT);
      assertTrue(app);
      long stored = AggregatesOracle.expected(app.database()).size();
      assertThat(stored).isGreaterThan(10);

      app.importer().importAll(List.of(ArchiveInput.file(port(
          StoryFiles.comment("Ayesha", "May 14, 2024 09:05am", "Good news for traders.")))), ImportMode.GROUPS,
          ImportProgress.SILENT);
      assertTrue(app);
      long story = app.articles().latestOf("DAWN.COM", 100, 0).stream()
          .filter(a -> a.story().headline().startsWith("Port")).findFirst().orElseThrow().id();
      app.posting().post(new CommentDraft(story, null, "Bilal", "Trade is up again.", "c1"));

      app.importer().importAll(List.of(ArchiveInput.file(port(
          StoryFiles.comment("Ayesha", "May 14, 2024 09:05am", "Good news for traders."),
          StoryFiles.comment("Chaudhry", "May 15, 2024 12:10am", "Late, but true."))),
          ArchiveInput.file(ReferenceSample.file())), ImportMode.BULK, ImportProgress.SILENT);
      assertTrue(app);
      assertThat(AggregatesOracle.stored(app.database())).containsEntry("first name:Dr. Salaria, Aamir Ahmad",
          Instant.parse("2018-03-03T04:48:00Z").toEpochMilli());
      app.importer().importAll(corpus, ImportMode.BULK, ImportProgress.SILENT);
      assertTrue(app);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void the_migration_counts_what_was_stored_before_it(DatabaseKind kind) throws Exception {
    DatabaseLocation location = TestDatabases.fresh(kind, temp);
    Comment held;
    Comment second;
    try (App older = app(location)) {
      importFiles(older, ReferenceSample.file());
      long story = older.articles().latestOf("DAWN.COM", 10, 0).get(0).id();
      held = older.posting().post(new CommentDraft(story, null, "Linker",
          "See https://a.example/1 https://b.example/2 https://c.example/3", "c3"));
      second = older.posting().post(new CommentDraft(story, null, "Other",
          "More https://a.example/1 https://b.example/2 https://c.example/3", "c5"));
      clock.advance(Duration.ofMinutes(5));
      older.moderation().reject(held.id(), SAIMA, "spam links");
      older.posting().post(new CommentDraft(story, null, "Ayesha", "Trade is up again.", "c1"));
      older.database().inTransaction(handle -> {
        handle.execute("UPDATE comments SET reasons = 'held: written by an older version' WHERE id = ?", second.id());
        InsightTables.dropAll(handle, kind);
        handle.execute("DELETE FROM flyway_schema_history WHERE version = '70'");
        return null;
      });
    }
    try (App newer = app(location)) {
      assertTrue(newer);
      Map<String, Long> stored = AggregatesOracle.stored(newer.database());
      assertThat(stored).containsKey("reason 2024-05-14 DAWN.COM other pending");
      assertThat(stored.keySet()).anyMatch(line -> line.startsWith("hold " + held.id() + " ") && line.endsWith(" rejected"));
      assertThat(stored.keySet()).anyMatch(line -> line.startsWith("hold " + second.id() + " ") && line.endsWith(" waiting"));
    }
  }
}

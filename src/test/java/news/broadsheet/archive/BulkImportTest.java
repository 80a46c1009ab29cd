package news.broadsheet.archive;

import static news.broadsheet.testing.StoryFiles.comment;
import static news.broadsheet.testing.StoryFiles.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.broadsheet.App;
import news.broadsheet.article.ArticleFilter;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.StoryFiles;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bulk load (one transaction, the comments' indexes built at the end; on PostgreSQL through
 * COPY) keeps every rule of an import in groups: the same stories and comments, the same merges,
 * the same schema afterwards.
 */
class BulkImportTest {

  private static final String FIRST = comment("Saima", "May 14, 2024 10:05am", "Good to hear.");
  private static final String SECOND = comment("Bilal, Clifton", "May 14, 2024 11:30am", "About time.\n\nAnd\tabout \\ cost.");
  private static final String LATE = comment("Owais", "May 14, 2024 10:45am", "Ships were waiting for weeks.");

  @TempDir Path temp;

  private static ImportSummary importAll(App app, ImportMode mode, Path... paths) throws Exception {
    List<String> names = Stream.of(paths).map(Path::toString).toList();
    return app.importer().importAll(ArchiveInputs.expand(names, System.in), mode, ImportProgress.SILENT);
  }

  private Map<String, String> exported(App app) throws Exception {
    Path out = temp.resolve("out-" + System.nanoTime());
    app.exporter().exportTo(out, ArticleFilter.all());
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        texts.put(text.lines().skip(2).findFirst().orElseThrow(), text);
      }
    }
    return texts;
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_bulk_load_gives_back_every_file_and_importing_again_changes_nothing(DatabaseKind kind) throws Exception {
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, 40, 30);
    Files.writeString(corpus.resolve("tabs.txt"), story("Tabs, backslashes and two paragraphs", FIRST, SECOND));
    try (App app = TestApps.on(TestDatabases.fresh(kind, temp))) {
      ImportSummary loaded = importAll(app, ImportMode.BULK, corpus);
      assertThat(loaded.articlesNew()).isEqualTo(41);
      assertThat(loaded.commentsAdded()).isEqualTo(40 * 30 + 2);

      assertThat(exported(app).values()).containsExactlyInAnyOrderElementsOf(texts(corpus));
      for (ImportMode again : List.of(ImportMode.GROUPS, ImportMode.BULK)) {
        ImportSummary repeated = importAll(app, again, corpus);
        assertThat(repeated.articlesUnchanged()).as(again.name()).isEqualTo(41);
        assertThat(repeated.commentsAdded()).as(again.name()).isZero();
      }
      assertThat(app.stats().stats().comments()).isEqualTo(40 * 30 + 2);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_bulk_load_merges_newer_crawls_exactly_as_an_import_in_groups_does(DatabaseKind kind) throws Exception {
    Path before = temp.resolve("before");
    StoryFiles.write(before, "a.txt", story("Port traffic recovers", FIRST, SECOND));
    Path crawl = temp.resolve("crawl");
    // A newer crawl of the stored story; a new story, then a newer crawl of it with a corrected
    // text; and a file that lists a comment twice.
    StoryFiles.write(crawl, "1.txt", story("Port traffic recovers", FIRST, LATE, SECOND));
    StoryFiles.write(crawl, "2.txt", story("Water tariffs rise", FIRST));
    StoryFiles.write(crawl, "3.txt", story("Water tariffs rise", FIRST, SECOND)
        .replace("had recovered", "had fully recovered").replace("Updated May 14", "Updated May 15"));
    StoryFiles.write(crawl, "4.txt", story("A comment twice", LATE, LATE));

    List<String> outcomes = new ArrayList<>();
    List<Map<String, String>> exports = new ArrayList<>();
    for (ImportMode mode : List.of(ImportMode.GROUPS, ImportMode.BULK)) {
      try (App app = TestApps.on(TestDatabases.fresh(kind, temp.resolve(mode.name())))) {
        importAll(app, ImportMode.GROUPS, before);
        outcomes.add(importAll(app, mode, crawl).line());
        exports.add(exported(app));
      }
    }
    assertThat(outcomes.get(0)).isEqualTo("articles 2 new, 2 updated, 0 unchanged; comments 5 added; files refused 0");
    assertThat(outcomes.get(1)).isEqualTo(outcomes.get(0));
    assertThat(exports.get(1)).isEqualTo(exports.get(0)).hasSize(3);
    assertThat(exports.get(0).get("Water tariffs rise")).contains("had fully recovered").contains("About time.");
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_bulk_load_builds_again_every_index_and_constraint_it_set_aside(DatabaseKind kind) throws Exception {
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, 20, 10);
    DatabaseLocation location = TestDatabases.fresh(kind, temp);
    try (App app = TestApps.on(location)) {
      List<String> schema = commentsSchema(location);
      importAll(app, ImportMode.BULK, corpus);
      assertThat(commentsSchema(location)).isEqualTo(schema).anyMatch(line -> line.contains("comments_by_article "));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_bulk_load_queues_its_comments_for_search_as_the_triggers_it_set_aside_would(DatabaseKind kind) throws Exception {
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, 20, 10);
    StoryFiles.write(corpus, "z.txt", story("Port traffic recovers", FIRST, comment("Nasreen", "May 14, 2024 11:50am", "Dockworkers deserve the credit.")));
    List<Long> queued = new ArrayList<>();
    for (ImportMode mode : List.of(ImportMode.GROUPS, ImportMode.BULK)) {
      try (App app = TestApps.on(TestDatabases.fresh(kind, temp.resolve(mode.name())))) {
        importAll(app, mode, corpus);
        queued.add(app.searchIndexer().queued());
        app.searchIndexer().indexAll(done -> {});
        assertThat(app.search().search(news.broadsheet.search.SearchRequest.of("dockworkers")).hits()).as(mode.name()).hasSize(1);
      }
    }
    assertThat(queued.get(1)).isEqualTo(queued.get(0)).isEqualTo(21 + 20 * 10 + 2);
  }

  /**
   * A bulk load sets every insert trigger of the comments table aside, and stands in only for the
   * ones it knows (through its listeners): a new one needs a listener too.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void the_only_insert_trigger_of_the_comments_table_is_the_search_queue_s(DatabaseKind kind) throws Exception {
    DatabaseLocation location = TestDatabases.fresh(kind, temp);
    try (App app = TestApps.on(location)) {
      assertThat(commentsSchema(location).stream().filter(line -> line.matches("(?is).*\\bINSERT\\s+ON\\b.*")).map(line -> line.split(" ")[0]))
          .containsExactly(kind == DatabaseKind.SQLITE ? "search_comment_added" : "search_comments_added");
    }
  }

  /** The comments table's indexes, constraints and triggers, as the database's catalogue defines them. */
  static List<String> commentsSchema(DatabaseLocation location) throws Exception {
    String query =
        location.vendor() == DatabaseLocation.Vendor.SQLITE
            ? "SELECT name || ' ' || COALESCE(sql, 'automatic') FROM sqlite_master WHERE tbl_name = 'comments' ORDER BY name"
            : "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE tablename = 'comments' UNION ALL"
                + " SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = 'comments'::regclass UNION ALL"
                + " SELECT tgname || ' ' || pg_get_triggerdef(oid) FROM pg_trigger"
                + " WHERE tgrelid = 'comments'::regclass AND NOT tgisinternal ORDER BY 1";
    String url =
        location.vendor() == DatabaseLocation.Vendor.SQLITE
            ? "jdbc:sqlite:" + location.dataDir().resolve(DatabaseLocation.SQLITE_FILE)
            : location.jdbcUrl();
    List<String> lines = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, location.user(), location.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return lines;
  }

  private static List<String> texts(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      return texts;
    }
  }
}

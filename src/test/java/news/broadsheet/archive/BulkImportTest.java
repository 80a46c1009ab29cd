package news.broadsheet.archive;

import static news.broadsheet.archive.DatabaseQueries.commentsSchema;
import static news.broadsheet.archive.DatabaseQueries.count;
import static news.broadsheet.archive.DatabaseQueries.execute;
import static news.broadsheet.archive.DatabaseQueries.rows;
import static news.broadsheet.testing.StoryFiles.comment;
import static news.broadsheet.testing.StoryFiles.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.broadsheet.App;
import news.broadsheet.article.ArticleFilter;
import news.broadsheet.moderation.CommenterCountsStore;
import news.broadsheet.search.SearchRequest;
import news.broadsheet.storage.DeferredIndexes;
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

  private static final List<String> SQLITE_TALLY = List.of(
      "CREATE TABLE comment_tally (article_id INTEGER PRIMARY KEY, n INTEGER NOT NULL)",
      "CREATE TRIGGER comment_tallied AFTER INSERT ON comments BEGIN"
          + " INSERT INTO comment_tally VALUES (NEW.article_id, 1) ON CONFLICT (article_id) DO UPDATE SET n = n + 1; END");
  private static final List<String> POSTGRES_TALLY = List.of(
      "CREATE TABLE comment_tally (article_id BIGINT PRIMARY KEY, n INTEGER NOT NULL)",
      "CREATE FUNCTION comment_tallied() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " INSERT INTO comment_tally VALUES (NEW.article_id, 1) ON CONFLICT (article_id) DO UPDATE SET n = comment_tally.n + 1;"
          + " RETURN NULL; END $$",
      "CREATE TRIGGER comment_tallied AFTER INSERT ON comments FOR EACH ROW EXECUTE FUNCTION comment_tallied()");
  private static final List<String> SQLITE_REFUSAL = List.of(
      "CREATE TRIGGER comment_refused BEFORE INSERT ON comments WHEN NEW.body = 'Refused.' BEGIN"
          + " SELECT RAISE(ABORT, 'refused by a trigger'); END");
  private static final List<String> POSTGRES_REFUSAL = List.of(
      "CREATE FUNCTION comment_refused() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " IF NEW.body = 'Refused.' THEN RAISE EXCEPTION 'refused by a trigger'; END IF; RETURN NEW; END $$",
      "CREATE TRIGGER comment_refused BEFORE INSERT ON comments FOR EACH ROW EXECUTE FUNCTION comment_refused()");

  @TempDir Path temp;

  private static ImportSummary importAll(App app, ImportMode mode, Path... paths) throws Exception {
    List<String> names = Stream.of(paths).map(Path::toString).toList();
    return app.importer().importAll(ArchiveInputs.expand(names, System.in), mode, ImportProgress.SILENT);
  }

  /** Twenty stories of ten comments, and last a story of two, the second saying what is given. */
  private Path corpusEndingWith(String text) throws Exception {
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, 20, 10);
    StoryFiles.write(corpus, "z.txt", story("Port traffic recovers", FIRST, comment("Nasreen", "May 14, 2024 11:50am", text)));
    return corpus;
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
    Path corpus = corpusEndingWith("Dockworkers deserve the credit.");
    List<Long> queued = new ArrayList<>();
    for (ImportMode mode : List.of(ImportMode.GROUPS, ImportMode.BULK)) {
      try (App app = TestApps.on(TestDatabases.fresh(kind, temp.resolve(mode.name())))) {
        importAll(app, mode, corpus);
        queued.add(app.searchIndexer().queued());
        app.searchIndexer().indexAll(done -> {});
        assertThat(app.search().search(SearchRequest.of("dockworkers")).hits()).as(mode.name()).hasSize(1);
      }
    }
    assertThat(queued.get(1)).isEqualTo(queued.get(0)).isEqualTo(21 + 20 * 10 + 2);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void after_a_bulk_import_search_catch_up_indexes_it_and_a_search_finds_an_imported_comment(DatabaseKind kind)
      throws Exception {
    Path corpus = corpusEndingWith("Dockworkers deserve the credit.");
    List<String> database = databaseOptions(TestDatabases.fresh(kind, temp));

    assertThat(cli(database, "import", "--mode", "bulk", corpus.toString()))
        .contains("223 stories and comments wait to be indexed for search");
    assertThat(cli(database, "search", "catch-up")).startsWith("indexed 223 stories and comments in ");
    assertThat(cli(database, "search", "dockworkers"))
        .matches("(?s)comment [0-9]+ Port traffic recovers\n.*")
        .contains("Dockworkers deserve the credit.");
  }

  /**
   * The commenters' counts, whose insert trigger a bulk load sets aside, come out as the trigger
   * keeps them: comments posted on the site counted by status (a commenter counted before gains
   * to their counts), imported ones left out.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_bulk_load_counts_commenters_as_the_trigger_it_set_aside_would(DatabaseKind kind) throws Exception {
    List<String> earlier = List.of(commentRow("Saima", "published", "posted", 1_000));
    List<String> loaded = List.of(
        commentRow("Saima", "pending", "posted", 500), commentRow("Saima", "published", "posted", 3_000),
        commentRow("Bilal", "rejected", "posted", 2_000), commentRow("Owais", "published", "imported", 2_500));
    String counts = "SELECT commenter || ' ' || published || ' ' || pending || ' ' || rejected || ' ' || first_at || ' '"
        + " || last_at FROM commenter_counts ORDER BY commenter";
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, 1, 1);
    List<List<String>> results = new ArrayList<>();
    for (boolean bulk : List.of(false, true)) {
      DatabaseLocation location = TestDatabases.fresh(kind, temp.resolve("bulk-" + bulk));
      try (App app = TestApps.on(location)) {
        importAll(app, ImportMode.GROUPS, corpus);
        execute(location, earlier);
        if (bulk) {
          long first = count(location, "SELECT MAX(id) FROM comments") + 1;
          app.database().inTransaction(handle -> {
            DeferredIndexes setAside = DeferredIndexes.setAside(
                handle, "comments", kind == DatabaseKind.SQLITE, CommenterCountsStore.COMMENT_INSERT_TRIGGERS);
            loaded.forEach(handle::execute);
            setAside.restore();
            return new CommenterCountsStore().countLoaded(handle, first, Long.MAX_VALUE);
          });
        } else {
          execute(location, loaded);
        }
        results.add(rows(location, counts));
      }
    }
    assertThat(results.get(1))
        .isEqualTo(results.get(0))
        .containsExactly("name:Bilal 0 0 1 2000 2000", "name:Saima 2 1 0 500 3000");
  }

  private static String commentRow(String name, String status, String origin, long createdAt) {
    return "INSERT INTO comments (article_id, name, posted_at, posted_local, body, status, origin, identity, occurrence,"
        + " created_at) VALUES (1, '" + name + "', " + createdAt + ", '2024-05-14T10:05', 'Text.', '" + status + "', '"
        + origin + "', '" + name + createdAt + "', 0, " + createdAt + ")";
  }

  /**
   * A trigger the bulk load does not know of (here one keeping a tally of comments per story, as
   * a feature added later might) stays in place and runs for every comment the load stores.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_insert_trigger_the_bulk_load_does_not_stand_in_for_runs_for_every_comment(DatabaseKind kind) throws Exception {
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, 30, 12);
    DatabaseLocation location = TestDatabases.fresh(kind, temp);
    try (App app = TestApps.on(location)) {
      execute(location, kind == DatabaseKind.SQLITE ? SQLITE_TALLY : POSTGRES_TALLY);
      List<String> schema = commentsSchema(location);
      importAll(app, ImportMode.BULK, corpus);

      assertThat(rows(location, "SELECT article_id || ' ' || n FROM comment_tally ORDER BY article_id"))
          .hasSize(30)
          .isEqualTo(rows(location, "SELECT article_id || ' ' || COUNT(*) FROM comments GROUP BY article_id ORDER BY article_id"));
      assertThat(commentsSchema(location)).isEqualTo(schema).anyMatch(line -> line.startsWith("comment_tallied "));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_bulk_load_a_trigger_refuses_stores_nothing_and_queues_nothing_for_search(DatabaseKind kind) throws Exception {
    Path corpus = corpusEndingWith("Refused.");
    DatabaseLocation location = TestDatabases.fresh(kind, temp);
    try (App app = TestApps.on(location)) {
      execute(location, kind == DatabaseKind.SQLITE ? SQLITE_REFUSAL : POSTGRES_REFUSAL);
      List<String> schema = commentsSchema(location);
      List<ArchiveInput> inputs = ArchiveInputs.expand(List.of(corpus.toString()), System.in);

      assertThatThrownBy(() -> app.importer().importAll(inputs, ImportMode.BULK, ImportProgress.SILENT))
          .isInstanceOf(ImportStoppedException.class)
          .hasMessageContaining("0 files were stored before this");
      assertThat(count(location, "SELECT COUNT(*) FROM articles")).isZero();
      assertThat(count(location, "SELECT COUNT(*) FROM comments")).isZero();
      assertThat(count(location, "SELECT COUNT(*) FROM search_queue")).isZero();
      assertThat(app.searchIndexer().queued()).isZero();
      assertThat(commentsSchema(location)).isEqualTo(schema);
    }
  }

  /** Runs the command line on the database and returns what it printed, once it has exited 0. */
  private static String cli(List<String> database, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(args.length > 1 && args[1].equals("catch-up") ? 2 : 1, database);
    int code = news.broadsheet.cli.Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
    return out.toString();
  }

  private static List<String> databaseOptions(DatabaseLocation location) {
    return location.jdbcUrl() == null
        ? List.of("--data", location.dataDir().toString())
        : List.of("--database", location.jdbcUrl(), "--database-user", location.user());
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

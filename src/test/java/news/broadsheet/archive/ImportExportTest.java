package news.broadsheet.archive;

import static news.broadsheet.testing.StoryFiles.comment;
import static news.broadsheet.testing.StoryFiles.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import news.broadsheet.App;
import news.broadsheet.article.ArticleFilter;
import news.broadsheet.comment.Comment;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.StoryFiles;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Import and export against a real SQLite file and a real PostgreSQL. */
class ImportExportTest {

  private static final String FIRST = comment("Saima", "May 14, 2024 10:05am", "Good to hear.");
  private static final String SECOND = comment("Bilal, Clifton", "May 14, 2024 11:30am", "About time.");
  private static final String LATE = comment("Owais", "May 14, 2024 10:45am", "Ships were waiting for weeks.");

  @TempDir Path temp;

  private App app(DatabaseKind kind) {
    return TestApps.on(TestDatabases.fresh(kind, temp));
  }

  private ImportSummary importFiles(App app, Path... files) throws Exception {
    List<ArchiveInput> inputs = Stream.of(files).map(ArchiveInput::file).toList();
    return app.importer().importAll(inputs, ImportProgress.SILENT);
  }

  private String exportOnly(App app) throws Exception {
    Path out = temp.resolve("out-" + System.nanoTime());
    app.exporter().exportTo(out, ArticleFilter.all());
    try (Stream<Path> files = Files.list(out)) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      return Files.readString(all.get(0), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void gives_back_the_reference_story_byte_for_byte(DatabaseKind kind) throws Exception {
    try (App app = app(kind)) {
      ImportSummary summary = importFiles(app, ReferenceSample.file());
      assertThat(summary.articlesNew()).isEqualTo(1);
      assertThat(summary.commentsAdded()).isEqualTo(26);
      Path out = temp.resolve("export");
      app.exporter().exportTo(out, ArticleFilter.all());
      try (Stream<Path> files = Files.list(out)) {
        Path exported = files.findFirst().orElseThrow();
        assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(ReferenceSample.file()));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void exports_a_story_with_a_long_non_latin_source_and_headline_under_a_name_the_file_system_takes(DatabaseKind kind)
      throws Exception {
    String text =
        " date 2024-05-14 " + "新聞報道".repeat(20) + "\n\n" + "港口交通在罢工后恢复正常".repeat(20)
            + "\n\nNadia HussainUpdated May 14, 2024\n\nKARACHI: Container traffic recovered.\n\n" + FIRST;
    try (App app = app(kind)) {
      importFiles(app, StoryFiles.write(temp.resolve("in"), "long.txt", text));
      Path out = temp.resolve("export");
      app.exporter().exportTo(out, ArticleFilter.all());
      try (Stream<Path> files = Files.list(out)) {
        Path exported = files.findFirst().orElseThrow();
        assertThat(exported.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).isEqualTo(text);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void stores_comment_times_as_instants_of_the_newsroom_zone(DatabaseKind kind) throws Exception {
    try (App app = app(kind)) {
      importFiles(app, ReferenceSample.file());
      long id = app.articles().latest(1, 0).get(0).id();
      Comment first = app.comments().published(id).get(0);
      assertThat(first.postedAt()).isEqualTo(Instant.parse("2018-03-03T04:48:00Z"));
      assertThat(app.articles().find(id).orElseThrow().zone().getId()).isEqualTo("Asia/Karachi");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void importing_the_same_file_twice_changes_nothing(DatabaseKind kind) throws Exception {
    Path file = StoryFiles.write(temp.resolve("in"), "a.txt", story("Port traffic recovers", FIRST, SECOND));
    try (App app = app(kind)) {
      importFiles(app, file);
      ImportSummary again = importFiles(app, file);
      assertThat(again.articlesUnchanged()).isEqualTo(1);
      assertThat(again.commentsAdded()).isZero();
      assertThat(app.stats().stats().comments()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_newer_crawl_adds_only_the_comments_that_are_new(DatabaseKind kind) throws Exception {
    Path older = StoryFiles.write(temp.resolve("in"), "old.txt", story("Port traffic recovers", FIRST, SECOND));
    String newerText = story("Port traffic recovers", FIRST, LATE, SECOND);
    Path newer = StoryFiles.write(temp.resolve("in"), "new.txt", newerText);
    try (App app = app(kind)) {
      importFiles(app, older);
      ImportSummary summary = importFiles(app, newer);
      assertThat(summary.articlesUpdated()).isEqualTo(1);
      assertThat(summary.commentsAdded()).isEqualTo(1);
      assertThat(app.stats().stats().articles()).isEqualTo(1);
      assertThat(exportOnly(app)).isEqualTo(newerText);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_crlf_copy_with_a_byte_order_mark_is_the_same_story(DatabaseKind kind) throws Exception {
    String text = story("Port traffic recovers", FIRST, SECOND);
    Path canonical = StoryFiles.write(temp.resolve("in"), "a.txt", text);
    Path windows = StoryFiles.write(temp.resolve("in"), "b.txt", "\uFEFF" + text.replace("\n", "\r\n"));
    try (App app = app(kind)) {
      importFiles(app, canonical);
      ImportSummary summary = importFiles(app, windows);
      assertThat(summary.articlesUnchanged()).isEqualTo(1);
      assertThat(exportOnly(app)).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void keeps_a_comment_that_a_file_lists_twice(DatabaseKind kind) throws Exception {
    String text = story("Port traffic recovers", FIRST, FIRST, SECOND);
    Path file = StoryFiles.write(temp.resolve("in"), "a.txt", text);
    try (App app = app(kind)) {
      assertThat(importFiles(app, file).commentsAdded()).isEqualTo(3);
      assertThat(importFiles(app, file).commentsAdded()).isZero();
      assertThat(exportOnly(app)).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void refuses_a_bad_file_whole_and_still_imports_the_others(DatabaseKind kind) throws Exception {
    Path good = StoryFiles.write(temp.resolve("in"), "good.txt", story("Port traffic recovers", FIRST));
    Path bad =
        StoryFiles.write(
            temp.resolve("in"),
            "bad.txt",
            story("Another story", FIRST, comment("Zara", "Feb 30, 2024 10:00am", "Impossible date.")));
    try (App app = app(kind)) {
      ImportSummary summary = importFiles(app, bad, good);
      assertThat(summary.articlesNew()).isEqualTo(1);
      assertThat(summary.refusals()).hasSize(1);
      assertThat(summary.refusals().get(0).toString())
          .startsWith(bad + ":17: ")
          .contains("Feb 30, 2024 10:00am");
      assertThat(app.stats().stats().articles()).isEqualTo(1);
      assertThat(app.stats().stats().comments()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void takes_a_newer_version_of_the_text_but_not_an_older_one(DatabaseKind kind) throws Exception {
    String original = story("Port traffic recovers", FIRST);
    String corrected = original.replace("had recovered", "had fully recovered").replace("Updated May 14", "Updated May 15");
    String stale = original.replace("had recovered", "was recovering").replace("Updated May 14", "Updated May 13");
    Path in = temp.resolve("in");
    try (App app = app(kind)) {
      importFiles(app, StoryFiles.write(in, "a.txt", original));
      assertThat(importFiles(app, StoryFiles.write(in, "b.txt", corrected)).articlesUpdated()).isEqualTo(1);
      assertThat(importFiles(app, StoryFiles.write(in, "c.txt", stale)).articlesUnchanged()).isEqualTo(1);
      assertThat(exportOnly(app)).isEqualTo(corrected);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void exports_by_source_and_by_date(DatabaseKind kind) throws Exception {
    Path in = temp.resolve("in");
    String older = story("Port traffic recovers", FIRST);
    String other = older.replace("DAWN.COM", "EXAMPLE.PK").replace("2024-05-14", "2024-06-01");
    try (App app = app(kind)) {
      importFiles(app, StoryFiles.write(in, "a.txt", older), StoryFiles.write(in, "b.txt", other));
      assertThat(app.exporter().exportTo(temp.resolve("o1"), new ArticleFilter("EXAMPLE.PK", null, null)).files()).isEqualTo(1);
      assertThat(app.exporter().exportTo(temp.resolve("o2"), new ArticleFilter(null, java.time.LocalDate.parse("2024-05-15"), null)).files()).isEqualTo(1);
      assertThat(app.exporter().exportTo(temp.resolve("o3"), ArticleFilter.all()).files()).isEqualTo(2);
      assertThat(app.stats().stats().sources()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void refuses_files_cut_off_mid_comment_or_not_in_utf8_and_stores_nothing_of_them(DatabaseKind kind) throws Exception {
    String whole = story("Port traffic recovers", FIRST, SECOND);
    Path in = temp.resolve("in");
    Path cut = StoryFiles.write(in, "cut.txt", whole.substring(0, whole.length() - 8));
    byte[] latin1 = story("Café owners protest", FIRST).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path notUtf8 = in.resolve("latin1.txt");
    Files.write(notUtf8, latin1);
    Path good = StoryFiles.write(in, "good.txt", story("Another story", SECOND));
    try (App app = app(kind)) {
      ImportSummary summary = importFiles(app, cut, notUtf8, good);
      assertThat(summary.refusals()).extracting(Object::toString)
          .containsExactly(
              cut + ":19: the file does not end with an empty line after its last block; it may be cut off",
              notUtf8 + ":3: bytes are not valid UTF-8");
      assertThat(app.stats().stats().articles()).isEqualTo(1);
      assertThat(app.stats().stats().comments()).isEqualTo(1);
    }
  }
}

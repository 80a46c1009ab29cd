package news.broadsheet.desk;

import news.broadsheet.cli.CommandRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleFilter;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaText;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desk-written stories in the archive format: markup travels as its source, images beside the files. */
class DeskArchiveTest {

  @TempDir Path temp;

  @Test
  void a_desk_story_exports_to_a_canonical_file_that_round_trips_and_renders_the_same_body_elsewhere() throws Exception {
    try (DeskFixture f = new DeskFixture(DatabaseKind.SQLITE, temp.resolve("one"))) {
      long id = f.published("Port traffic recovers");
      Path out = temp.resolve("export");
      assertThat(f.app.exporter().exportTo(out, ArticleFilter.all()).files()).isEqualTo(1);
      Path file = only(out);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).startsWith(" date 2026-11-28 BROADSHEET markup:commonmark\n\nPort traffic recovers\n\n"
          + "Ayesha KhanUpdated November 28, 2026\n\nKARACHI: Container traffic at the port *recovered* in November");
      assertThat(text).contains("\n\n## What changed\n\n");
      String html = f.app.desk().body().html(f.app.articles().find(id).orElseThrow().story());

      try (App other = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp.resolve("two")))) {
        other.importer().importAll(List.of(ArchiveInput.file(file)), ImportProgress.SILENT);
        Article imported = other.articles().latest(1, 0).get(0);
        assertThat(imported.story().format()).isEqualTo(BodyFormat.COMMONMARK);
        assertThat(other.desk().body().html(imported.story())).isEqualTo(html);
        Path again = temp.resolve("again");
        other.exporter().exportTo(again, ArticleFilter.all());
        assertThat(Files.readAllBytes(only(again))).isEqualTo(Files.readAllBytes(file));
      }
    }
  }

  @Test
  void export_takes_published_stories_unless_told_other_statuses() throws Exception {
    try (DeskFixture f = new DeskFixture(DatabaseKind.SQLITE, temp)) {
      f.published("Port traffic recovers");
      f.desk().create(f.writer, DeskFixture.story("Rain expected in Karachi"));
      assertThat(f.app.exporter().exportTo(temp.resolve("p"), ArticleFilter.all()).files()).isEqualTo(1);
      assertThat(f.app.exporter().exportTo(temp.resolve("a"),
          ArticleFilter.all().withStatuses(EnumSet.allOf(StoryStatus.class))).files()).isEqualTo(2);
      assertThat(f.app.exporter().exportTo(temp.resolve("d"),
          ArticleFilter.all().withStatuses(EnumSet.of(StoryStatus.DRAFT))).files()).isEqualTo(1);
    }
  }

  @Test
  void images_travel_beside_the_files_and_an_import_reads_them_back_under_their_keys() throws Exception {
    Path data = temp.resolve("data");
    Path out = temp.resolve("export");
    String key;
    try (DeskFixture f = new DeskFixture(DatabaseKind.SQLITE, temp.resolve("one"))) {
      Media photo = f.app.media().upload(
          news.broadsheet.media.TestImages.jpeg(900, 600), new MediaText("Cranes at the port", "", "Photo: Desk"), null);
      key = photo.key();
      DeskStory draft = f.desk().create(f.writer, DeskFixture.story("Port traffic recovers").withBody(
          "Traffic recovered.\n\n![](media:" + key + " \"The new cranes\")\n\nWaits fell."));
      f.desk().publish(f.editor, draft.id(), null);
      CommandRun export = run("export", "--data", f.location.dataDir().toString(), "--out", out.toString(), "--with-media");
      assertThat(export.out()).contains("1 images");
    }
    assertThat(out.resolve("media/" + key + ".jpg")).exists();
    assertThat(Files.readString(out.resolve("media/" + key + ".json"))).contains("\"alt\":\"Cranes at the port\"");
    CommandRun imported = run("import", "--data", data.toString(), out.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    try (App other = TestApps.on(news.broadsheet.storage.DatabaseLocation.embedded(data))) {
      Media back = other.media().find(key).orElseThrow();
      assertThat(back.alt()).isEqualTo("Cranes at the port");
      assertThat(back.credit()).isEqualTo("Photo: Desk");
      assertThat(other.desk().body().html(other.articles().latest(1, 0).get(0).story()))
          .contains("<figure class=\"figure\"><img src=\"/media/" + key + "/640.jpg\"");
    }
  }

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  private static Path only(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
    }
  }
}

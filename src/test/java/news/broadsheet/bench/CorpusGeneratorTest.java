package news.broadsheet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInputs;
import news.broadsheet.archive.ArchivedComment;
import news.broadsheet.archive.ArchiveReader;
import news.broadsheet.archive.ArchiveWriter;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.archive.ImportSummary;
import news.broadsheet.article.ArticleFilter;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's corpus is canonical, varied and the same for the same seed. */
class CorpusGeneratorTest {

  @TempDir Path temp;

  @Test
  void writes_canonical_files_that_read_back_to_the_same_bytes() throws Exception {
    Path corpus = temp.resolve("corpus");
    CorpusGenerator.write(corpus, 40, 30, 7);
    ArchiveReader reader = new ArchiveReader();
    ArchiveWriter writer = new ArchiveWriter();
    for (Path file : files(corpus)) {
      byte[] bytes = Files.readAllBytes(file);
      var story = reader.read(file.toString(), bytes);
      assertThat(story.comments()).hasSize(30);
      assertThat(writer.write(story).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }
  }

  @Test
  void gives_the_same_corpus_for_the_same_seed_and_another_for_another() throws Exception {
    CorpusGenerator.write(temp.resolve("a"), 20, 10, 42);
    CorpusGenerator.write(temp.resolve("b"), 20, 10, 42);
    CorpusGenerator.write(temp.resolve("c"), 20, 10, 43);
    assertThat(digests(temp.resolve("a"))).isEqualTo(digests(temp.resolve("b")));
    assertThat(digests(temp.resolve("a"))).isNotEqualTo(digests(temp.resolve("c")));
  }

  @Test
  void mixes_scripts_names_with_commas_and_comments_of_several_paragraphs() throws Exception {
    CorpusGenerator.write(temp.resolve("corpus"), 30, 50, 1);
    List<ArchivedComment> comments = new ArrayList<>();
    for (Path file : files(temp.resolve("corpus"))) {
      comments.addAll(new ArchiveReader().read(file).comments());
    }
    assertThat(comments).anyMatch(c -> c.paragraphs().size() >= 3);
    assertThat(comments).anyMatch(c -> c.name().contains(", "));
    assertThat(comments).anyMatch(c -> c.name().matches("\\p{IsArabic}.*"));
    assertThat(comments).anyMatch(c -> c.text().matches("(?s).*\\p{IsArabic}{3}.*"));
    assertThat(comments).anyMatch(c -> c.text().contains("nahin"));
    assertThat(comments).anyMatch(c -> c.text().contains("’"));
  }

  @Test
  void imports_and_exports_back_to_the_same_files() throws Exception {
    Path corpus = temp.resolve("corpus");
    CorpusGenerator.write(corpus, 25, 40, 3);
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      ImportSummary summary =
          app.importer().importAll(ArchiveInputs.expand(List.of(corpus.toString()), null), ImportProgress.SILENT);
      assertThat(summary.articlesNew()).isEqualTo(25);
      assertThat(summary.commentsAdded()).isEqualTo(25 * 40);
      app.exporter().exportTo(temp.resolve("export"), ArticleFilter.all());
    }
    assertThat(digests(temp.resolve("export"))).isEqualTo(digests(corpus));
  }

  private static List<Path> files(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  /** The sorted SHA-256 digests of a folder's files: its content, whatever the names. */
  private static List<String> digests(Path folder) throws Exception {
    List<String> digests = new ArrayList<>();
    for (Path file : files(folder)) {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      digests.add(HexFormat.of().formatHex(hash));
    }
    digests.sort(null);
    return digests;
  }
}

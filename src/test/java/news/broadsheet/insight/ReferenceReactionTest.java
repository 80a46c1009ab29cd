package news.broadsheet.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reaction to the newsroom's reference story, as the reaction page shows it. */
class ReferenceReactionTest {

  @TempDir Path temp;

  @Test
  void the_reference_story_has_26_comments_by_25_commenters_between_0948_and_1942_pakistan_time() throws Exception {
    SmallCorpus.write(temp.resolve("corpus"), 6, 12);
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      List<ArchiveInput> files = new java.util.ArrayList<>(List.of(ArchiveInput.file(ReferenceSample.file())));
      try (var corpus = java.nio.file.Files.list(temp.resolve("corpus"))) {
        corpus.sorted().forEach(file -> files.add(ArchiveInput.file(file)));
      }
      app.importer().importAll(files, ImportProgress.SILENT);
      long id = app.articles().latestOf("DAWN.COM", 100, 0).stream()
          .filter(a -> a.story().headline().startsWith("US, Pakistan")).findFirst().orElseThrow().id();
      Reaction reaction = app.reactions().reaction(id).orElseThrow();
      assertThat(reaction.counts().written()).isEqualTo(26);
      assertThat(reaction.commenters().all()).isEqualTo(25);
      assertThat(reaction.zone()).isEqualTo(ZoneId.of("Asia/Karachi"));
      assertThat(reaction.first()).isEqualTo(LocalDateTime.parse("2018-03-03T09:48"));
      assertThat(reaction.last()).isEqualTo(LocalDateTime.parse("2018-03-03T19:42"));
    }
  }
}

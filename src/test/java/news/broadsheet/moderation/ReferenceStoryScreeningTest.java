package news.broadsheet.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ArchiveReader;
import news.broadsheet.archive.ArchiveWriter;
import news.broadsheet.archive.ArchivedComment;
import news.broadsheet.archive.ArchivedStory;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.config.AppConfig;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The newsroom published all 26 comments of its reference story: with default settings, none is
 * held or rejected when its reader posts it at its original time.
 */
class ReferenceStoryScreeningTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void every_reference_comment_posted_at_its_original_time_is_published(DatabaseKind kind) throws Exception {
    ArchivedStory reference = new ArchiveReader().read(ReferenceSample.file());
    ZoneId karachi = ZoneId.of("Asia/Karachi");
    MutableClock clock = new MutableClock(reference.comments().get(0).postedLocal().atZone(karachi).toInstant());
    AppConfig config = new AppConfig(TestDatabases.fresh(kind, temp), ZoneId.of("UTC"), Map.of());
    try (App app = new App(config, clock)) {
      Path storyOnly = temp.resolve("story-only.txt");
      Files.writeString(storyOnly, new ArchiveWriter().write(new ArchivedStory(reference.story(), List.of())));
      app.importer().importAll(List.of(ArchiveInput.file(storyOnly)), ImportProgress.SILENT);
      long storyId = app.articles().latest(1, 0).get(0).id();
      for (ArchivedComment comment : reference.comments()) {
        clock.set(comment.postedLocal().atZone(karachi).toInstant());
        String client = "client-" + Integer.toHexString(comment.name().hashCode());
        Comment posted = app.posting().post(new CommentDraft(storyId, null, comment.name(), comment.text(), client));
        assertThat(posted.status()).as(comment.name() + ": " + posted.reasons()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(posted.reasons()).isEmpty();
      }
      assertThat(app.comments().published(storyId)).hasSize(26);
    }
  }
}

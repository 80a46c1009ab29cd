package news.broadsheet.moderation;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.config.AppConfig;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.StoryFiles;
import news.broadsheet.testing.TestDatabases;

/** The whole application on a fresh database with two stories of our own and a clock to move. */
final class ModerationFixture implements AutoCloseable {

  static final Moderator MODERATOR = Moderator.named("Saima");

  final MutableClock clock = new MutableClock(Instant.parse("2024-05-14T06:00:00Z"));
  final App app;
  final long storyId;
  final long otherStoryId;

  ModerationFixture(DatabaseKind kind, Path temp) throws Exception {
    app = new App(new AppConfig(TestDatabases.fresh(kind, temp), ZoneId.of("UTC"), Map.of()), clock);
    Path first = StoryFiles.write(temp.resolve("stories"), "port.txt", StoryFiles.story("Port traffic recovers"));
    Path second = StoryFiles.write(temp.resolve("stories"), "rain.txt", StoryFiles.story("Rain expected in Karachi"));
    app.importer().importAll(List.of(ArchiveInput.file(first), ArchiveInput.file(second)), ImportProgress.SILENT);
    storyId = app.articles().latestOf("DAWN.COM", 10, 0).stream()
        .filter(a -> a.story().headline().startsWith("Port")).findFirst().orElseThrow().id();
    otherStoryId = app.articles().latestOf("DAWN.COM", 10, 0).stream()
        .filter(a -> a.story().headline().startsWith("Rain")).findFirst().orElseThrow().id();
  }

  Comment post(String name, String text, String client) {
    return app.posting().post(new CommentDraft(storyId, null, name, text, client));
  }

  /** A comment from a signed-in reader's account, shown with its name. */
  Comment postAs(long accountId, String accountName, String text, String client) {
    return app.posting().post(CommentDraft.byAccount(storyId, null, accountId, accountName, text, client));
  }

  /** A new reader account; its id. */
  long account(String name) {
    return app.accounts().addUser(name, Role.READER, "correct horse battery").id();
  }

  Comment post(String text) {
    return post("Reader " + Integer.toHexString(text.hashCode()), text, null);
  }

  void set(String key, String value) {
    app.settings().set(key, value, "test");
  }

  @Override
  public void close() {
    app.close();
  }
}

package news.broadsheet.desk;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.account.User;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.TestDatabases;

/** The whole application on a fresh database, a clock to move, and one account of each staff role. */
final class DeskFixture implements AutoCloseable {

  static final String PASSWORD = "correct horse battery";
  static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final DatabaseLocation location;
  final App app;
  final User writer;
  final User otherWriter;
  final User editor;
  final User otherEditor;
  final User moderator;
  final User admin;
  final User reader;

  DeskFixture(DatabaseKind kind, Path temp) {
    location = TestDatabases.fresh(kind, temp);
    app = new App(new AppConfig(location, ZoneId.of("Asia/Karachi"), Map.of()), clock);
    writer = app.accounts().addUser("Ayesha Khan", Role.WRITER, PASSWORD);
    otherWriter = app.accounts().addUser("Bilal Ahmed", Role.WRITER, PASSWORD);
    editor = app.accounts().addUser("Sana Mir", Role.EDITOR, PASSWORD);
    otherEditor = app.accounts().addUser("Omar Farooq", Role.EDITOR, PASSWORD);
    moderator = app.accounts().addUser("Nadia Hussain", Role.MODERATOR, PASSWORD);
    admin = app.accounts().addUser("Zara Sheikh", Role.ADMIN, PASSWORD);
    reader = app.accounts().addUser("Imran Ali", Role.READER, PASSWORD);
  }

  /** A second application on the same database: another app node. */
  App secondNode() {
    return new App(new AppConfig(location, ZoneId.of("Asia/Karachi"), Map.of()), clock);
  }

  DeskService desk() {
    return app.desk().stories();
  }

  /** A complete story of our own writing, ready to submit. */
  static StoryDraft story(String headline) {
    return new StoryDraft(
        headline,
        "The port trust says traffic is back to last year's level.",
        List.of("Ayesha Khan"),
        "KARACHI",
        "",
        List.of("Shipping", "Karachi"),
        "Container traffic at the port *recovered* in November, the port trust said.\n\n"
            + "## What changed\n\n"
            + "Two new cranes came into service, and [the trust's report](https://example.org/report) says waits fell.",
        "",
        null,
        CommentsMode.OPEN,
        "");
  }

  /** A story drafted by the writer and published by the editor; its id. */
  long published(String headline) {
    DeskStory draft = desk().create(writer, story(headline));
    desk().submit(writer, draft.id());
    return desk().publish(editor, draft.id(), null).id();
  }

  @Override
  public void close() {
    app.close();
  }
}

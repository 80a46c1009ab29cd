package news.broadsheet.web.desk;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.account.User;
import news.broadsheet.config.AppConfig;
import news.broadsheet.desk.CommentsMode;
import news.broadsheet.desk.DeskService;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.desk.StoryDraft;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaText;
import news.broadsheet.media.TestImages;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;

/** A running site with a clock to move, a newsroom of each role and a way to publish a full story. */
public final class DeskSite implements AutoCloseable {

  public static final String PASSWORD = "correct horse battery";
  public static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

  public final MutableClock clock = new MutableClock(START);
  public final App app;
  public final TestServer site;
  public final User writer;
  public final User editor;
  public final User otherEditor;
  public final User moderator;
  public final User admin;
  public final User reader;

  public DeskSite(DatabaseKind kind, Path temp) {
    app = new App(new AppConfig(TestDatabases.fresh(kind, temp), ZoneId.of("Asia/Karachi"), Map.of()), clock);
    site = TestServer.on(app, WebSettings.loopbackAnyPort());
    writer = app.accounts().addUser("Ayesha Khan", Role.WRITER, PASSWORD);
    editor = app.accounts().addUser("Sana Mir", Role.EDITOR, PASSWORD);
    otherEditor = app.accounts().addUser("Omar Farooq", Role.EDITOR, PASSWORD);
    moderator = app.accounts().addUser("Nadia Hussain", Role.MODERATOR, PASSWORD);
    admin = app.accounts().addUser("Zara Sheikh", Role.ADMIN, PASSWORD);
    reader = app.accounts().addUser("Imran Ali", Role.READER, PASSWORD);
  }

  public DeskService desk() {
    return app.desk().stories();
  }

  public Media photo(String alt) {
    return app.media().upload(TestImages.jpeg(1600, 1000), new MediaText(alt, "The new cranes", "Photo: Ayesha Khan"), null);
  }

  /** A full story: section, tags, author, lead image, a figure, a link and a subheading. */
  public StoryDraft fullStory(String headline, String section, Media lead, Media figure) {
    return new StoryDraft(
        headline,
        "The port trust says traffic is back to last year's level.",
        List.of("Ayesha Khan"),
        "KARACHI",
        section,
        List.of("Shipping", "Karachi"),
        "Container traffic at the port *recovered* in November, [the trust](https://example.org/report) said.\n\n"
            + "## What changed\n\n"
            + "![Two cranes unloading a ship](media:" + figure.key() + " \"Cranes at work\")\n\n"
            + "Two new cranes came into service.",
        "",
        null,
        CommentsMode.OPEN,
        lead.key());
  }

  /** Drafted by the writer and published by the editor; its id. */
  public long publish(StoryDraft draft) {
    DeskStory created = desk().create(writer, draft);
    desk().submit(writer, created.id());
    return desk().publish(editor, created.id(), null).id();
  }

  @Override
  public void close() {
    site.close();
  }
}

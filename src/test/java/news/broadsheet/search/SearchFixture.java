package news.broadsheet.search;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.config.AppConfig;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.StoryFiles;
import news.broadsheet.testing.TestDatabases;

/**
 * The whole application on a fresh database holding the reference story and three stories of
 * our own, in English, romanised Urdu and Urdu script, all indexed.
 */
final class SearchFixture implements AutoCloseable {

  final MutableClock clock = new MutableClock(Instant.parse("2024-06-01T06:00:00Z"));
  final App app;

  SearchFixture(DatabaseKind kind, Path temp) {
    app = new App(new AppConfig(TestDatabases.fresh(kind, temp), ZoneId.of("Asia/Karachi"), Map.of()), clock);
    Path folder = temp.resolve("stories");
    List<ArchiveInput> files = List.of(
        ArchiveInput.file(ReferenceSample.file()),
        ArchiveInput.file(StoryFiles.write(folder, "port.txt", story("2024-05-14", "DAWN.COM", "Port traffic recovers after the strike",
            "Nadia Hussain", "KARACHI: Container traffic at the port recovered on Tuesday after a week-long strike by dock workers.",
            StoryFiles.comment("Bilal", "May 14, 2024 10:05am", "Good news for exporters. Relations between the unions and the port trust must improve."),
            StoryFiles.comment("Sana", "May 14, 2024 11:20am", "Yeh log kabhi nahi mante jab tak nuksan na ho. Bohat afsos."),
            StoryFiles.comment("Kamran", "May 14, 2024 12:45pm", "Strikes hurt the workers most of all.")))),
        ArchiveInput.file(StoryFiles.write(folder, "budget.txt", story("2024-05-20", "THENEWS.COM.PK", "Budget talks stall over taxes",
            "Ali Raza and Hina Shah", "ISLAMABAD: Talks on the federal budget stalled on Monday over new taxes on salaried workers.",
            StoryFiles.comment("عائشہ", "May 20, 2024 09:10am", "حکومت نہیں مانتی کہ ٹیکس زیادہ ہیں۔ پاکستان کی معیشت کمزور ہے۔"),
            StoryFiles.comment("Omar", "May 20, 2024 09:30am", "Taxing salaried people again. Nahin chalega."),
            StoryFiles.comment("Zara", "May 20, 2024 10:00am", "The talks will resume next week, the minister said.")))),
        ArchiveInput.file(StoryFiles.write(folder, "rain.txt", story("2024-05-28", "DAWN.COM", "Rain expected in Karachi this week",
            "Nadia Hussain", "KARACHI: The Met Office expects rain in Karachi from Thursday, with strong winds along the coast.",
            StoryFiles.comment("Faisal", "May 28, 2024 08:00am", "Finally some relief from the heat. Karachi needs the rain."),
            StoryFiles.comment("Hira", "May 28, 2024 08:15am", "بارش کا انتظار ہے۔ کراچی میں بہت گرمی ہے۔")))));
    try {
      app.importer().importAll(files, ImportProgress.SILENT);
    } catch (news.broadsheet.archive.ImportStoppedException e) {
      throw new IllegalStateException(e);
    }
    app.searchIndexer().indexAll(done -> {});
  }

  static String story(String date, String source, String headline, String authors, String body, String... comments) {
    java.time.LocalDate day = java.time.LocalDate.parse(date);
    String printed = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
        + " " + String.format("%02d", day.getDayOfMonth()) + ", " + day.getYear();
    StringBuilder text = new StringBuilder(" date " + date + " " + source + "\n\n" + headline + "\n\n" + authors + "Updated "
        + printed + "\n\n" + body + "\n\n");
    for (String comment : comments) {
      text.append(comment);
    }
    return text.toString();
  }

  long storyId(String headlineStart) {
    return app.articles().latestOf("DAWN.COM", 50, 0).stream()
        .filter(a -> a.story().headline().startsWith(headlineStart)).findFirst().orElseThrow().id();
  }

  Comment post(long storyId, String name, String text) {
    return app.posting().post(new CommentDraft(storyId, null, name, text, "client-" + name));
  }

  SearchPage search(String query) {
    return app.search().search(SearchRequest.of(query));
  }

  List<String> found(String query) {
    return found(app.search().search(SearchRequest.of(query)));
  }

  /** Each hit as "kind id byline: snippet". */
  static List<String> found(SearchPage page) {
    return page.hits().stream().map(h -> h.kind().code() + " " + h.byline() + ": " + h.snippet().text()).toList();
  }

  @Override
  public void close() {
    app.close();
  }
}

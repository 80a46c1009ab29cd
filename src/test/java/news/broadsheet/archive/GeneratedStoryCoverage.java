package news.broadsheet.archive;

import java.time.Month;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.jqwik.api.statistics.Statistics;
import news.broadsheet.article.Story;

/**
 * Counts which cases the generated stories cover, and fails the property when a case the format
 * must handle stops being generated (a generator that is too strict proves nothing).
 */
final class GeneratedStoryCoverage {

  private static final Pattern NON_LATIN = Pattern.compile("[\\p{IsArabic}\\p{IsDevanagari}\\p{IsHan}]");

  private GeneratedStoryCoverage() {}

  static void collect(ArchivedStory archived) {
    Story story = archived.story();
    feature("no byline", story.byline() == null);
    feature("byline with no author", story.byline() != null && story.byline().authors().isEmpty());
    feature("byline day not padded", story.byline() != null && !story.byline().dayZeroPadded());
    feature("byline day padded below 10", story.byline() != null && story.byline().dayZeroPadded()
        && story.byline().updatedOn().getDayOfMonth() < 10);
    feature("dateline", story.dateline() != null);
    feature("no body", story.paragraphs().isEmpty());
    feature("multi-line paragraph", story.paragraphs().stream().anyMatch(p -> p.contains("\n")));
    feature("print line", story.printLine() != null);
    feature("no comments", archived.comments().isEmpty());
    feature("one name comments twice", hasRepeatedName(archived.comments()));
    feature("multi-paragraph comment", any(archived.comments(), c -> c.paragraphs().size() > 1));
    feature("non-Latin comment name", any(archived.comments(), c -> NON_LATIN.matcher(c.name()).find()));
    feature("comment at 12am", any(archived.comments(), c -> c.postedLocal().getHour() == 0));
    feature("comment at 12pm", any(archived.comments(), c -> c.postedLocal().getHour() == 12));
    String text = new ArchiveWriter().write(archived);
    feature("curly quotes", text.contains("“") || text.contains("’"));
    feature("trailing space in a line", text.contains(" \n"));
    feature("romanised Urdu", text.contains("khoob") || text.contains("sarak"));
    for (ArchivedComment comment : archived.comments()) {
      Statistics.label("comment month").collect(comment.postedLocal().getMonth());
    }
    Statistics.label("comment month")
        .coverage(coverage -> {
          for (Month month : Month.values()) {
            coverage.check(month).count(count -> count > 0);
          }
        });
  }

  private static void feature(String name, boolean present) {
    Statistics.label(name).collect(present);
    Statistics.label(name).coverage(coverage -> coverage.check(true).percentage(p -> p >= 1.0));
  }

  private static boolean hasRepeatedName(List<ArchivedComment> comments) {
    return comments.stream().map(ArchivedComment::name).distinct().count() < comments.size();
  }

  private static boolean any(List<ArchivedComment> comments, Predicate<ArchivedComment> test) {
    return comments.stream().anyMatch(test);
  }
}

package news.broadsheet.archive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import news.broadsheet.article.Byline;
import news.broadsheet.article.PrintLine;
import news.broadsheet.article.Story;
import news.broadsheet.comment.CommentTimeFormat;

/**
 * Random stories that the archive format can represent: writing one and reading it back must
 * give the same value. The format cannot tell every value apart, so the generator keeps to
 * these constraints, each named after the reading rule it respects:
 *
 * <ol>
 *   <li>Text is made of lines from {@link ArchiveWords}: never empty (an empty line ends a
 *       block), never holding a CR (CRLF is read as LF) nor NEL, LS or PS (the reader's patterns
 *       do not match across them). A paragraph is one or more such lines joined by a single LF.
 *   <li>The headline and the source are one line and not blank; names are one line. Comments
 *       have at least one paragraph.
 *   <li>No paragraph, in the body or in a comment, is a two-line block whose second line has the
 *       shape of a comment time: it would be read as a comment header.
 *   <li>Without a byline, the block after the headline must not have the byline's shape
 *       ("…Updated Month D, YYYY"): it would be read as a byline, or refused for an impossible
 *       date.
 *   <li>Without a print line, the last body block must not have the print line's shape: it would
 *       be read as the print line.
 *   <li>Without a dateline, the first paragraph must not open with "CAPITALS: ": that would be
 *       read as a dateline. A dateline is capitals (with spaces, dots, apostrophes, hyphens) and
 *       needs a first paragraph to open.
 *   <li>Dates are written with four-digit years (1990–2035), as the header, byline and print
 *       line patterns expect. Comment times are whole minutes.
 *   <li>A byline's day is written unpadded only below 10: "March 13" is the same text either
 *       way, so the flag is true for days 10–31.
 * </ol>
 */
final class CanonicalStories {

  private static final Pattern BYLINE_SHAPE =
      Pattern.compile(".*Updated [A-Z][a-z]+ \\d{1,2}, \\d{4}");
  private static final Pattern PRINT_LINE_SHAPE =
      Pattern.compile("Published in .+, [A-Z][a-z]+ \\d{1,2}(st|nd|rd|th), \\d{4}");
  private static final Pattern DATELINE_SHAPE =
      Pattern.compile("\\p{Lu}(?:[\\p{Lu} .'-]*\\p{Lu})?: .+", Pattern.DOTALL);

  private CanonicalStories() {}

  static Arbitrary<ArchivedStory> stories() {
    return Combinators.combine(
            Arbitraries.of(ArchiveWords.SOURCES),
            dates(),
            ArchiveWords.headlines(),
            bylines().injectNull(0.3),
            Arbitraries.of(ArchiveWords.DATELINES).injectNull(0.4),
            paragraphs().list().ofMaxSize(5),
            printLines().injectNull(0.4),
            comments())
        .as(
            (source, date, headline, byline, dateline, paragraphs, printLine, comments) ->
                new ArchivedStory(
                    new Story(
                        source,
                        date,
                        headline,
                        byline,
                        paragraphs.isEmpty() ? null : dateline,
                        paragraphs,
                        printLine),
                    comments))
        .filter(archived -> isUnambiguous(archived.story()));
  }

  /** Constraints 4, 5 and 6, which depend on more than one part of the story. */
  private static boolean isUnambiguous(Story story) {
    List<String> body = writtenBody(story);
    if (story.byline() == null
        && !body.isEmpty()
        && BYLINE_SHAPE.matcher(body.get(0)).matches()) {
      return false;
    }
    if (story.printLine() == null
        && !body.isEmpty()
        && PRINT_LINE_SHAPE.matcher(body.get(body.size() - 1)).matches()) {
      return false;
    }
    return story.dateline() != null
        || story.paragraphs().isEmpty()
        || !DATELINE_SHAPE.matcher(story.paragraphs().get(0)).matches();
  }

  /** The body blocks as the writer lays them out: dateline, paragraphs, print line. */
  private static List<String> writtenBody(Story story) {
    List<String> blocks = new ArrayList<>(story.paragraphs());
    if (story.dateline() != null) {
      blocks.set(0, story.dateline() + ": " + blocks.get(0));
    }
    if (story.printLine() != null) {
      blocks.add(ArchiveWriter.printLine(story.printLine()));
    }
    return blocks;
  }

  static Arbitrary<LocalDate> dates() {
    LocalDate first = LocalDate.of(1990, 1, 1);
    return Arbitraries.longs()
        .between(0, ChronoUnit.DAYS.between(first, LocalDate.of(2035, 12, 31)))
        .map(first::plusDays)
        .edgeCases(edges -> edges.add(LocalDate.of(2024, 2, 29), LocalDate.of(2018, 12, 31)));
  }

  static Arbitrary<Byline> bylines() {
    return Combinators.combine(
            Arbitraries.of(ArchiveWords.AUTHORS), dates(), Arbitraries.of(true, false))
        .as((authors, updated, padded) ->
            new Byline(authors, updated, padded || updated.getDayOfMonth() >= 10));
  }

  static Arbitrary<PrintLine> printLines() {
    return Combinators.combine(Arbitraries.of(ArchiveWords.PUBLICATIONS), dates())
        .as(PrintLine::new);
  }

  /** Constraint 3: a two-line paragraph never ends in a comment time. */
  static Arbitrary<String> paragraphs() {
    return ArchiveWords.lines()
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .filter(lines -> lines.size() != 2 || !CommentTimeFormat.looksLikeTime(lines.get(1)))
        .map(lines -> String.join("\n", lines));
  }

  static Arbitrary<List<ArchivedComment>> comments() {
    Arbitrary<ArchivedComment> comment =
        Combinators.combine(
                Arbitraries.of(ArchiveWords.NAMES),
                commentTimes(),
                paragraphs().list().ofMinSize(1).ofMaxSize(3))
            .as(ArchivedComment::new);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(List.of())),
        Tuple.of(4, comment.list().ofMinSize(1).ofMaxSize(8)));
  }

  /** Any minute of any day; often 12am and 12pm (minute 0 and 720) and their neighbours. */
  static Arbitrary<LocalDateTime> commentTimes() {
    Arbitrary<Integer> minuteOfDay =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, 24 * 60 - 1)),
            Tuple.of(1, Arbitraries.of(0, 1, 59, 719, 720, 750, 1439)));
    return Combinators.combine(dates(), minuteOfDay)
        .as((day, minute) -> day.atStartOfDay().plusMinutes(minute));
  }
}

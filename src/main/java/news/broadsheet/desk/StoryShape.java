package news.broadsheet.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import news.broadsheet.archive.ArchiveFormatException;
import news.broadsheet.archive.ArchiveReader;
import news.broadsheet.archive.ArchiveWriter;
import news.broadsheet.archive.ArchivedStory;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.Byline;
import news.broadsheet.article.PrintLine;
import news.broadsheet.article.Story;

/**
 * A desk story as the site stores and the archive writes it: the byline from its authors and its
 * last published date, the body as blocks. A story is saved only when its archive file reads back
 * as the very same story, so that {@code export(import(f))} keeps holding for the desk's stories.
 */
final class StoryShape {

  private final ArchiveWriter writer = new ArchiveWriter();
  private final ArchiveReader reader = new ArchiveReader();

  /** The byline: its authors' names ("A, B and C") and the date of the latest publication. */
  static Byline byline(DeskStory story) {
    List<String> names = story.content().authors();
    String authors =
        names.size() <= 1
            ? String.join("", names)
            : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    Byline stored = story.byline();
    if (stored == null && story.format() == BodyFormat.PLAIN && authors.isEmpty() && story.updatedAt() == null) {
      return null;
    }
    return new Byline(authors, bylineDate(story), stored == null || stored.dayZeroPadded());
  }

  private static LocalDate bylineDate(DeskStory story) {
    Instant latest = story.updatedAt() != null ? story.updatedAt() : story.publishedAt();
    if (latest != null) {
      return LocalDate.ofInstant(latest, story.zone());
    }
    return story.byline() != null ? story.byline().updatedOn() : story.publishedOn();
  }

  Story story(DeskStory desk) {
    StoryDraft content = desk.content();
    List<String> blocks = content.body().isEmpty() ? List.of() : List.of(content.body().split("\n\n", -1));
    PrintLine printLine =
        content.printDate() == null ? null : new PrintLine(content.printPublication(), content.printDate());
    return new Story(desk.source(), desk.publishedOn(), content.headline(), byline(desk),
        content.dateline().isEmpty() ? null : content.dateline(), blocks, printLine, desk.format());
  }

  /** The story, when its archive file reads back as itself; else a refusal saying so. */
  Story checked(DeskStory desk) {
    Story story = story(desk);
    try {
      byte[] file = writer.encode(new ArchivedStory(story, List.of()));
      Story read = reader.read("story", file).story();
      if (read.equals(story)) {
        return story;
      }
    } catch (ArchiveFormatException unreadable) {
      // refused below
    }
    throw DeskException.invalid("body", "The story cannot be kept in the archive format as it stands: a"
        + " paragraph reads as another part of the story. Check the first and last paragraphs.");
  }
}

package news.broadsheet.archive;

import java.io.IOException;
import java.io.Writer;
import news.broadsheet.article.Byline;
import news.broadsheet.article.PrintLine;
import news.broadsheet.article.Story;
import news.broadsheet.comment.CommentTimeFormat;

/** Writes a story and its comments in the canonical archive format: LF line ends, no BOM. */
public final class ArchiveWriter {

  public String write(ArchivedStory archived) {
    StringBuilder out = new StringBuilder(4096);
    try {
      write(archived, out);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return out.toString();
  }

  public void write(ArchivedStory archived, Writer out) throws IOException {
    write(archived, (Appendable) out);
  }

  private void write(ArchivedStory archived, Appendable out) throws IOException {
    Story story = archived.story();
    block(out, " date " + story.publishedOn() + " " + story.source());
    block(out, story.headline());
    if (story.byline() != null) {
      block(out, bylineLine(story.byline()));
    }
    for (int i = 0; i < story.paragraphs().size(); i++) {
      String paragraph = story.paragraphs().get(i);
      block(out, i == 0 && story.dateline() != null ? story.dateline() + ": " + paragraph : paragraph);
    }
    if (story.printLine() != null) {
      block(out, printLine(story.printLine()));
    }
    for (ArchivedComment comment : archived.comments()) {
      block(out, comment.name() + "\n" + CommentTimeFormat.format(comment.postedLocal()));
      for (String paragraph : comment.paragraphs()) {
        block(out, paragraph);
      }
    }
  }

  private static void block(Appendable out, String text) throws IOException {
    out.append(text).append("\n\n");
  }

  static String bylineLine(Byline byline) {
    return byline.authors()
        + "Updated "
        + StoryDates.bylineDate(byline.updatedOn(), byline.dayZeroPadded());
  }

  static String printLine(PrintLine line) {
    return "Published in " + line.publication() + ", " + StoryDates.printDate(line.date());
  }
}

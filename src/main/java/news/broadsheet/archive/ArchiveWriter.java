package news.broadsheet.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.Byline;
import news.broadsheet.article.PrintLine;
import news.broadsheet.article.Story;
import news.broadsheet.comment.CommentTimeFormat;

/** Writes a story and its comments in the canonical archive format: UTF-8, LF line ends, no BOM. */
public final class ArchiveWriter {

  /**
   * What follows the source's name in the header of a story whose body is CommonMark (a story
   * written on the desk): {@code " date 2026-12-07 NEWS.EXAMPLE.ORG markup:commonmark"}. Headers
   * without it, like every archive's, have plain-text bodies.
   */
  static final String COMMONMARK_MARK = " markup:commonmark";

  /** The file's text. */
  public String write(ArchivedStory archived) {
    return new String(encode(archived), StandardCharsets.UTF_8);
  }

  /**
   * The file's bytes. Each piece of text is encoded on its own, so that one comment in Urdu
   * script does not make the encoder take the slow path for the whole file.
   */
  public byte[] encode(ArchivedStory archived) {
    Blocks out = new Blocks(4096 + 320 * archived.comments().size());
    Story story = archived.story();
    out.block(" date " + story.publishedOn() + " " + story.source()
        + (story.format() == BodyFormat.COMMONMARK ? COMMONMARK_MARK : ""));
    out.block(story.headline());
    if (story.byline() != null) {
      out.block(bylineLine(story.byline()));
    }
    for (int i = 0; i < story.paragraphs().size(); i++) {
      String paragraph = story.paragraphs().get(i);
      out.block(i == 0 && story.dateline() != null ? story.dateline() + ": " + paragraph : paragraph);
    }
    if (story.printLine() != null) {
      out.block(printLine(story.printLine()));
    }
    for (ArchivedComment comment : archived.comments()) {
      out.line(comment.name());
      out.block(CommentTimeFormat.format(comment.postedLocal()));
      for (String paragraph : comment.paragraphs()) {
        out.block(paragraph);
      }
    }
    return out.toByteArray();
  }

  static String bylineLine(Byline byline) {
    return byline.authors()
        + "Updated "
        + StoryDates.bylineDate(byline.updatedOn(), byline.dayZeroPadded());
  }

  static String printLine(PrintLine line) {
    return "Published in " + line.publication() + ", " + StoryDates.printDate(line.date());
  }

  /** The file's bytes as they are written: lines, and blocks that end with an empty line. */
  private static final class Blocks extends ByteArrayOutputStream {
    Blocks(int size) {
      super(size);
    }

    void line(String text) {
      writeBytes(text.getBytes(StandardCharsets.UTF_8));
      write('\n');
    }

    void block(String text) {
      line(text);
      write('\n');
    }
  }
}

package news.broadsheet.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.Byline;
import news.broadsheet.article.PrintLine;
import news.broadsheet.article.Story;
import news.broadsheet.comment.CommentTimeFormat;

/**
 * Reads the plain-text archive format (see FORMAT.md) into a story and its comments.
 *
 * <p>A structured part (byline, dateline, print line) is recognised only where writing it back
 * gives the very same line, so reading never loses a character.
 */
public final class ArchiveReader {

  private static final Pattern HEADER = Pattern.compile(" date (\\d{4}-\\d{2}-\\d{2}) (.+)");
  private static final Pattern BYLINE =
      Pattern.compile("(.*)Updated ([A-Z][a-z]+) (\\d{1,2}), (\\d{4})");
  private static final Pattern DATELINE =
      Pattern.compile("(\\p{Lu}(?:[\\p{Lu} .'-]*\\p{Lu})?): (.+)", Pattern.DOTALL);
  private static final Pattern PRINT_LINE =
      Pattern.compile("Published in (.+), ([A-Z][a-z]+) (\\d{1,2})(?:st|nd|rd|th), (\\d{4})");

  public ArchivedStory read(Path path) throws IOException, ArchiveFormatException {
    return read(path.toString(), Files.readAllBytes(path));
  }

  /**
   * @param file the name to use in error messages
   */
  public ArchivedStory read(String file, byte[] bytes) throws ArchiveFormatException {
    List<Block> blocks = ArchiveText.blocks(file, bytes);
    return new Parse(file, blocks).story();
  }

  /** One pass over the blocks of one file. */
  private static final class Parse {
    private final String file;
    private final List<Block> blocks;
    private int next;

    Parse(String file, List<Block> blocks) {
      this.file = file;
      this.blocks = blocks;
    }

    ArchivedStory story() throws ArchiveFormatException {
      Block headerBlock = blocks.get(next++);
      Matcher header = HEADER.matcher(headerBlock.lines().get(0));
      if (!header.matches()) {
        throw fail(headerBlock.firstLine(), "the file must start with the header ' date YYYY-MM-DD SOURCE'");
      }
      if (!headerBlock.isSingleLine()) {
        throw fail(headerBlock.firstLine() + 1, "the header must be followed by an empty line");
      }
      String source = header.group(2);
      BodyFormat format = BodyFormat.PLAIN;
      if (source.endsWith(ArchiveWriter.COMMONMARK_MARK)) {
        source = source.substring(0, source.length() - ArchiveWriter.COMMONMARK_MARK.length());
        format = BodyFormat.COMMONMARK;
      }
      if (source.isBlank()) {
        throw fail(headerBlock.firstLine(), "the header names no source");
      }
      LocalDate publishedOn = isoDate(header.group(1), headerBlock.firstLine());
      String headline = headline();
      Byline byline = optionalByline();
      List<String> body = new ArrayList<>();
      while (next < blocks.size() && !isCommentHeader(blocks.get(next))) {
        body.add(blocks.get(next++).text());
      }
      PrintLine printLine = body.isEmpty() ? null : printLine(body.get(body.size() - 1));
      if (printLine != null) {
        body.remove(body.size() - 1);
      }
      String dateline = body.isEmpty() ? null : dateline(body.get(0));
      if (dateline != null) {
        body.set(0, body.get(0).substring(dateline.length() + 2));
      }
      Story story =
          new Story(source, publishedOn, headline, byline, dateline, body, printLine, format);
      return new ArchivedStory(story, comments());
    }

    private String headline() throws ArchiveFormatException {
      if (next >= blocks.size()) {
        throw fail(blocks.get(0).firstLine() + 1, "the headline is missing");
      }
      Block block = blocks.get(next++);
      if (!block.isSingleLine()) {
        throw fail(block.firstLine(), "the headline must be one line");
      }
      if (block.lines().get(0).isBlank()) {
        throw fail(block.firstLine(), "the headline is empty");
      }
      return block.lines().get(0);
    }

    private Byline optionalByline() throws ArchiveFormatException {
      if (next >= blocks.size() || !blocks.get(next).isSingleLine()) {
        return null;
      }
      Block block = blocks.get(next);
      Matcher m = BYLINE.matcher(block.lines().get(0));
      if (!m.matches() || StoryDates.monthNamed(m.group(2)).isEmpty()) {
        return null;
      }
      LocalDate updated =
          StoryDates.date(Integer.parseInt(m.group(4)), m.group(2), Integer.parseInt(m.group(3)))
              .orElseThrow(() -> fail(block.firstLine(), "the byline's Updated date is impossible"));
      Byline byline = new Byline(m.group(1), updated, m.group(3).length() == 2);
      if (!ArchiveWriter.bylineLine(byline).equals(block.lines().get(0))) {
        return null;
      }
      next++;
      return byline;
    }

    private static PrintLine printLine(String paragraph) {
      Matcher m = PRINT_LINE.matcher(paragraph);
      if (!m.matches()) {
        return null;
      }
      return StoryDates.date(Integer.parseInt(m.group(4)), m.group(2), Integer.parseInt(m.group(3)))
          .map(date -> new PrintLine(m.group(1), date))
          .filter(line -> ArchiveWriter.printLine(line).equals(paragraph))
          .orElse(null);
    }

    private static String dateline(String paragraph) {
      Matcher m = DATELINE.matcher(paragraph);
      return m.matches() ? m.group(1) : null;
    }

    private List<ArchivedComment> comments() throws ArchiveFormatException {
      List<ArchivedComment> comments = new ArrayList<>();
      while (next < blocks.size()) {
        Block header = blocks.get(next++);
        String name = header.lines().get(0);
        LocalDateTime posted =
            CommentTimeFormat.parse(header.lines().get(1))
                .orElseThrow(
                    () ->
                        fail(
                            header.firstLine() + 1,
                            "the comment time '" + header.lines().get(1) + "' is impossible"));
        List<String> paragraphs = new ArrayList<>();
        while (next < blocks.size() && !isCommentHeader(blocks.get(next))) {
          paragraphs.add(blocks.get(next++).text());
        }
        if (paragraphs.isEmpty()) {
          throw fail(header.firstLine(), "the comment by '" + name + "' has no text after its header");
        }
        comments.add(new ArchivedComment(name, posted, paragraphs));
      }
      return comments;
    }

    private static boolean isCommentHeader(Block block) {
      return block.lines().size() == 2 && CommentTimeFormat.looksLikeTime(block.lines().get(1));
    }

    private LocalDate isoDate(String text, int line) throws ArchiveFormatException {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException impossible) {
        throw fail(line, "the header's date " + text + " is impossible");
      }
    }

    private ArchiveFormatException fail(int line, String rule) {
      return new ArchiveFormatException(file, line, rule);
    }
  }

}

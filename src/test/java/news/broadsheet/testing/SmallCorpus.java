package news.broadsheet.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.archive.ArchiveWriter;
import news.broadsheet.archive.ArchivedComment;
import news.broadsheet.archive.ArchivedStory;
import news.broadsheet.article.Byline;
import news.broadsheet.article.PrintLine;
import news.broadsheet.article.Story;

/** Writes a folder of canonical story files with a known number of comments each. */
public final class SmallCorpus {

  private SmallCorpus() {}

  public static void write(Path folder, int stories, int commentsEach) throws IOException {
    Files.createDirectories(folder);
    ArchiveWriter writer = new ArchiveWriter();
    for (int s = 0; s < stories; s++) {
      Files.writeString(
          folder.resolve(String.format("story-%05d.txt", s)),
          writer.write(story(s, commentsEach)),
          StandardCharsets.UTF_8);
    }
  }

  public static ArchivedStory story(int number, int commentsEach) {
    LocalDate day = LocalDate.of(2023, 1, 1).plusDays(number % 700);
    Story story =
        new Story(
            "DAWN.COM",
            day,
            "Council debates water tariffs, session " + number,
            new Byline("Staff Reporter", day, true),
            "HYDERABAD",
            List.of(
                "The city council met for the " + number + "th time this year to discuss tariffs.",
                "Members from all parties asked for metered connections in older neighbourhoods."),
            new PrintLine("Dawn", day.plusDays(1)));
    List<ArchivedComment> comments = new ArrayList<>();
    for (int c = 0; c < commentsEach; c++) {
      comments.add(
          new ArchivedComment(
              "Reader " + (c % 17),
              day.atTime(8, 0).plusMinutes(7L * c),
              List.of("Comment " + c + " on session " + number + ": pani ka bill phir barh gaya.")));
    }
    return new ArchivedStory(story, comments);
  }

  public static LocalDateTime firstCommentTime(int number) {
    return LocalDate.of(2023, 1, 1).plusDays(number % 700).atTime(8, 0);
  }
}

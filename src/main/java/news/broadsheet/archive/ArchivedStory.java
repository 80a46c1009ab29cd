package news.broadsheet.archive;

import java.util.List;
import java.util.Objects;
import news.broadsheet.article.Story;

/** One archive file: a story and its reader comments, in the order the file lists them. */
public record ArchivedStory(Story story, List<ArchivedComment> comments) {
  public ArchivedStory {
    Objects.requireNonNull(story, "story");
    comments = List.copyOf(comments);
  }
}

package news.broadsheet.article;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What taking a comment on a story needs to know of it: whether readers see it at all, whether its
 * comments are closed, when it was published (comments may close some days later) and its
 * newsroom's zone (a comment's time is that zone's wall-clock time). Read without the story's
 * text, on every comment posted.
 */
public record CommentingTerms(LocalDate publishedOn, ZoneId zone, boolean commentsClosed, StoryStatus status) {
  public CommentingTerms {
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(status, "status");
  }

  /** Whether readers see the story (and so may comment on it, while comments are open). */
  public boolean published() {
    return status == StoryStatus.PUBLISHED;
  }
}

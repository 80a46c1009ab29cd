package news.broadsheet.article;

import java.time.Instant;

/**
 * Whether a story takes comments: not when the newsroom closed them, nor, when the site closes
 * discussions automatically, once that many days have passed since publication.
 *
 * @param autoCloseDays days after publication when comments close; 0 keeps them open
 */
public record CommentsPolicy(int autoCloseDays) {

  public CommentsPolicy {
    if (autoCloseDays < 0) {
      throw new IllegalArgumentException("days before comments close cannot be negative: " + autoCloseDays);
    }
  }

  public boolean isOpen(Article article, Instant now) {
    return isOpen(article.commentingTerms(), now);
  }

  public boolean isOpen(CommentingTerms story, Instant now) {
    if (story.commentsClosed()) {
      return false;
    }
    Instant closes = closesAt(story);
    return closes == null || now.isBefore(closes);
  }

  /** When comments on the story close by themselves, or null when they never do. */
  public Instant closesAt(Article article) {
    return closesAt(article.commentingTerms());
  }

  private Instant closesAt(CommentingTerms story) {
    if (autoCloseDays == 0) {
      return null;
    }
    return story.publishedOn().plusDays(autoCloseDays).atStartOfDay(story.zone()).toInstant();
  }
}

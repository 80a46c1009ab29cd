package news.broadsheet.insight;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.ReasonKind;

/**
 * How readers reacted to one story: when they wrote, who, what they recommended, what moderation
 * made of it, in which languages, and what they talked about. Times are the wall-clock times of
 * the story's newsroom ({@code zone}).
 *
 * @param counts every comment written, by its status now
 * @param first the first comment's time, null when there are none
 * @param last the last comment's time, null when there are none
 */
public record Reaction(
    Article article,
    ZoneId zone,
    Counts counts,
    LocalDateTime first,
    LocalDateTime last,
    Timeline timeline,
    Commenters commenters,
    Recommendations recommendations,
    List<ReasonCount> reasons,
    List<LanguageCount> languages,
    List<Phrase> phrases) {

  /**
   * Who wrote: how many people, how many of them wrote their first comment on the site here (new)
   * and how many had written before (returning).
   */
  public record Commenters(long all, long newcomers, long returning) {}

  /**
   * Readers' recommendations of the published comments.
   *
   * @param total every recommendation
   * @param readers how many readers recommended
   * @param mostRecommended the most recommended comments, most first
   */
  public record Recommendations(long total, long readers, List<Comment> mostRecommended) {}

  /** Comments held or rejected with a reason of a kind (null: a kind this version does not know). */
  public record ReasonCount(String code, ReasonKind kind, long held, long rejected) {}

  /** How many comments were written in a language. */
  public record LanguageCount(Language language, long comments) {}

  /**
   * A phrase distinctive to the discussion.
   *
   * @param text the phrase as the discussion writes it most often
   * @param comments how many published comments hold it
   * @param score its z-score against the rest of the site (higher: more distinctive)
   * @param examples two or three comments that hold it
   */
  public record Phrase(String text, int comments, double score, List<Comment> examples) {}
}

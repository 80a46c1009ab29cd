package news.broadsheet.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One result.
 *
 * @param id the story's id, or the comment's
 * @param title the story's headline (a comment's story)
 * @param slug the story's slug, for its address
 * @param byline a story's printed authors, or the commenter's name; null when a story has none
 * @param postedAt when a comment was posted, or null for a story
 */
public record SearchHit(
    DocumentKind kind,
    long id,
    long articleId,
    String title,
    String slug,
    String source,
    LocalDate publishedOn,
    String byline,
    Instant postedAt,
    Snippet snippet) {}

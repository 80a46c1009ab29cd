package news.broadsheet.comment;

/**
 * Where a reader finds a comment: the story and the page (1-based, oldest first) of its thread.
 */
public record CommentLocation(long articleId, long commentId, int page) {}

package news.broadsheet.comment;

/**
 * What a reader submits: a name and a text, perhaps as a reply.
 *
 * @param parentId the comment replied to, or null
 * @param clientKey an opaque key of the posting client (for rate limits and screening), or null
 */
public record CommentDraft(long articleId, Long parentId, String name, String text, String clientKey) {}

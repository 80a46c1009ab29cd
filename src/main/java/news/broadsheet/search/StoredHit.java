package news.broadsheet.search;

/**
 * A document found, as shown in results: its story, and the comment when it is one.
 *
 * @param commenter the comment's name, or null for a story
 * @param postedAtMillis when the comment was posted, or null for a story
 * @param publishedOn the story's publication date (ISO)
 */
record StoredHit(
    long key,
    DocumentKind kind,
    long itemId,
    long articleId,
    String headline,
    String slug,
    String source,
    String publishedOn,
    String authors,
    String commenter,
    Long postedAtMillis,
    String text) {}

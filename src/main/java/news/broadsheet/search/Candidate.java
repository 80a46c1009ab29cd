package news.broadsheet.search;

/**
 * A document found, with the text its rank is computed from.
 *
 * @param headline a story's headline, or null for a comment
 * @param authors a story's printed authors, or null
 * @param text the start of a story's body (after its dateline) or of a comment's text
 */
record Candidate(long key, DocumentKind kind, String headline, String authors, String text) {}

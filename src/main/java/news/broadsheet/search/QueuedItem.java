package news.broadsheet.search;

/** A story or comment waiting to be indexed; seq tells one change from a later one. */
record QueuedItem(long seq, DocumentKind kind, long itemId) {}

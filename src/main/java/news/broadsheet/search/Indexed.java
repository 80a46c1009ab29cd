package news.broadsheet.search;

/**
 * A queued item and what to write for it: its document, or null when the item is no longer
 * stored (its queue row goes, and no document is written).
 */
record Indexed(QueuedItem item, SearchDocument document) {}

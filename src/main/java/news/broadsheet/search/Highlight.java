package news.broadsheet.search;

/** Where a snippet shows a word that was searched for: chars [start, end) of the snippet. */
public record Highlight(int start, int end) {}

package news.broadsheet.article;

/** How many stories one source has. */
public record SourceCount(String source, long stories) {}

package news.broadsheet.web;

/** What the reader asked for that is not here. */
public record NotFoundPage(String path) {}

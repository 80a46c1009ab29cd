package news.broadsheet.web.page;

/** A refusal explained: why the site could not do what the reader asked, and where to go on. */
public record ProblemPage(PageMeta meta, String heading, String message, String backHref, String backLabel) {}

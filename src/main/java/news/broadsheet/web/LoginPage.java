package news.broadsheet.web;

/** The login form, with what was typed and why it was refused (or null). */
public record LoginPage(PageMeta meta, String csrf, String name, String next, String problem) {}

package news.broadsheet.web.staff.insight;

/**
 * One figure in words, as a page's summary shows it: "Comments · 26".
 *
 * @param detail a line under it ("26 published, 0 held"), or null
 */
public record Stat(String label, String value, String detail) {}

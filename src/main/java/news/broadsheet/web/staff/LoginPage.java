package news.broadsheet.web.staff;

import news.broadsheet.web.page.PageMeta;

/**
 * The login form, with what was typed and why it was refused (or null).
 *
 * @param signUp the sign-up page's address, or null when the site takes no new accounts
 */
public record LoginPage(PageMeta meta, String csrf, String name, String next, String problem, String signUp) {}

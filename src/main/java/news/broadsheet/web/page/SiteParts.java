package news.broadsheet.web.page;

/**
 * What the handlers of every audience share, built once by the server: the site's address, the
 * browser's cookies and login session, the templates, the measurements with the access log, and
 * the one path of a posted comment.
 */
public record SiteParts(
    SiteAddress address,
    ReaderCookies cookies,
    LoginSessions sessions,
    TemplateRenderer templates,
    WebMetrics metrics,
    AccessLog accessLog,
    CommentPosting posting) {}

package news.broadsheet.web.page;

/**
 * What the handlers of every audience share, built once by the server: the site's address, the
 * browser's cookies and login session, the templates, the measurements with the access log, the
 * one path of a posted comment and of a recommendation, the limits of what one client may hold, and
 * who a request comes from.
 */
public record SiteParts(
    SiteAddress address,
    ReaderCookies cookies,
    LoginSessions sessions,
    TemplateRenderer templates,
    WebMetrics metrics,
    AccessLog accessLog,
    CommentPosting posting,
    Recommending recommending,
    ClientLimits limits,
    ClientAddresses clients) {}

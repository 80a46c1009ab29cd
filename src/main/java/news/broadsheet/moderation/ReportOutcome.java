package news.broadsheet.moderation;

/**
 * What a reader's report did.
 *
 * @param openReports reports on the comment that no moderator has reviewed, this one included
 * @param hidden whether the comment is now hidden until a moderator looks at it
 */
public record ReportOutcome(int openReports, boolean hidden) {}

package news.broadsheet.moderation;

import news.broadsheet.comment.Comment;

/**
 * A comment in the queue; its reasons say why it is there, {@link ModerationService#history} tells the rest.
 *
 * @param openReports readers' reports no moderator has reviewed yet
 */
public record QueueItem(Comment comment, int openReports) {}

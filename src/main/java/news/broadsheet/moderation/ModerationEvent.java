package news.broadsheet.moderation;

import java.time.Instant;

/**
 * One decision in the audit trail: who, when, what and why.
 *
 * @param commentId the comment decided on, or null for a decision on a commenter or a story
 * @param subject what a decision without a comment was about ("name:Ali client:k1"), or null
 * @param action what was done: published, held, rejected (by screening or a moderator),
 *     approved, spam, hidden (by readers' reports), banned, suspended, lifted, premoderated,
 *     unpremoderated
 * @param fromStatus the comment's status before, or null
 * @param toStatus the comment's status after, or null
 */
public record ModerationEvent(
    long id,
    Long commentId,
    String subject,
    ActorKind actorKind,
    String actor,
    Long actorAccountId,
    String action,
    String reason,
    String fromStatus,
    String toStatus,
    Instant at) {}

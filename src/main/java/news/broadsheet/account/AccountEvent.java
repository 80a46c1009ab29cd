package news.broadsheet.account;

import java.time.Instant;

/**
 * One change to an account in the audit trail: who, when, what.
 *
 * @param accountName the account's name now
 * @param detail what the kind needs: "moderator admin" for a role change, a count of sessions
 * @param actor who made the change: an admin's name, or "command line"
 * @param actorAccountId the admin's account, or null
 */
public record AccountEvent(
    long id, long accountId, String accountName, AccountEventKind kind, String detail, String actor, Long actorAccountId,
    Instant at) {}

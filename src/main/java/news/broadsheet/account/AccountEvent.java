package news.broadsheet.account;

import java.time.Instant;

/**
 * One change to an account in the audit trail: who, when, what.
 *
 * @param accountName the account's name now
 * @param roleBefore the role before a role change, else null; {@code roleAfter} the role after
 * @param sessions the sessions that ended (disabled, signed out everywhere), else 0
 * @param actor who made the change: an admin's name, or "command line"
 * @param actorAccountId the admin's account, or null
 */
public record AccountEvent(
    long id,
    long accountId,
    String accountName,
    AccountEventKind kind,
    Role roleBefore,
    Role roleAfter,
    int sessions,
    String actor,
    Long actorAccountId,
    Instant at) {}

package news.broadsheet.moderation;

import java.time.Instant;

/** A reader's report of a comment. */
public record Report(long id, long commentId, String reporterKey, String reason, boolean reviewed, Instant at) {}

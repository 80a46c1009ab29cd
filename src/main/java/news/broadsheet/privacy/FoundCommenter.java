package news.broadsheet.privacy;

import java.time.Instant;

/**
 * A commenter found by name for their data rights: an account, or a guest by the name they
 * commented under and one connection they posted from.
 *
 * @param comments their comments still stored (erased ones are not)
 * @param lastComment when the latest of them was posted, or null when there is none
 * @param role the account's role, or null for a guest
 */
public record FoundCommenter(DataSubject subject, long comments, Instant lastComment, String role) {}

package news.broadsheet.privacy;

import java.util.Set;

/**
 * What an erasure did.
 *
 * @param removed comments taken off every page, feed, API answer and export
 * @param anonymised comments kept in their threads as "[removed at the reader's request]"
 * @param accountDeleted whether an account was deleted with its logins
 * @param stories the stories whose discussion changed
 */
public record Erasure(int removed, int anonymised, boolean accountDeleted, Set<Long> stories) {

  public Erasure {
    stories = Set.copyOf(stories);
  }

  /** For the audit trail and the operator: counts only, never what was erased. */
  public String summary() {
    return "at the commenter's request: " + count(removed, "comment") + " removed, " + count(anonymised, "comment")
        + " kept as \"" + CommenterDataStore.REMOVED_TEXT + "\"" + (accountDeleted ? "; the account deleted" : "");
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}

package news.broadsheet.privacy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything Broadsheet keeps about a commenter, as it is handed to them: their account (never
 * its password hash), its logins (never their tokens), their comments with the stories they are
 * under and why moderation held or rejected them, the decisions about them (who decided is given
 * as screening, readers or a moderator, not by name), their sanctions and pre-moderation.
 */
public record CommenterData(
    Subject subject,
    Instant exportedAt,
    Account account,
    List<Login> logins,
    List<Instant> loginClientsLastUsed,
    List<PostedComment> comments,
    List<Decision> decisions,
    List<SanctionEntry> sanctions,
    List<String> premoderation) {

  /** Whether nothing at all is stored about the commenter (no account, comment, decision, sanction or pre-moderation). */
  public boolean holdsNothing() {
    return account == null && comments.isEmpty() && decisions.isEmpty() && sanctions.isEmpty() && premoderation.isEmpty();
  }

  /** Who the export is about. */
  public record Subject(String kind, Long accountId, String name, String connection) {

    /**
     * A file name for the export that gives nothing away and fits every file system: the
     * account's number, or a digest of the guest's name and connection.
     */
    public String fileName() {
      return "commenter-" + (accountId != null ? "account-" + accountId : "guest-" + DataSubject.digest(name + "\n" + connection))
          + ".json";
    }
  }

  public record Account(long id, String name, String role, boolean disabled, Instant createdAt) {}

  public record Login(Instant began, Instant lastUsed, Instant ends) {}

  /**
   * A comment as stored.
   *
   * @param connection the client key it was posted from, or null
   * @param reasons why screening or a moderator held or rejected it, in words
   */
  public record PostedComment(
      long id,
      long storyId,
      String storyHeadline,
      Long replyTo,
      String name,
      Instant postedAt,
      LocalDateTime postedLocal,
      String text,
      String status,
      String connection,
      int recommendations,
      List<String> reasons) {}

  /** A moderation decision on one of their comments, or on them. */
  public record Decision(Long commentId, String by, String action, String reason, Instant at) {}

  public record SanctionEntry(String kind, String reason, Instant endsAt, Instant imposedAt, Instant liftedAt) {}
}

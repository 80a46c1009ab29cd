package news.broadsheet.desk;

import java.time.Instant;
import java.util.Objects;
import news.broadsheet.article.StoryStatus;

/**
 * One revision of a story: who (the account and its name then), when, what kind of step, the
 * story's status after it, and the whole editable story as it stood.
 *
 * @param accountId the account, or null when the scheduler or the command line acted
 * @param note a correction's text, or which revision a restore brought back; "" for none
 */
public record Revision(
    long storyId,
    int number,
    RevisionKind kind,
    String note,
    Long accountId,
    String accountName,
    Instant createdAt,
    StoryStatus status,
    StoryDraft content) {

  public Revision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(content, "content");
  }
}

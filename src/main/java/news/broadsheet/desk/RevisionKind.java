package news.broadsheet.desk;

import java.util.Locale;

/** What a revision recorded: a save of the text, or a step in the story's life. */
public enum RevisionKind {
  CREATED("created"),
  SAVED("saved"),
  AUTOSAVED("saved automatically"),
  SUBMITTED("submitted for review"),
  SCHEDULED("scheduled"),
  PUBLISHED("published"),
  UPDATED("published an update"),
  CORRECTED("added a correction"),
  UNPUBLISHED("unpublished"),
  UNSCHEDULED("took off the schedule"),
  RESTORED("restored an earlier revision"),
  RETURNED("returned to draft");

  private final String label;

  RevisionKind(String label) {
    this.label = label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the history says: "Ayesha published an update". */
  public String label() {
    return label;
  }

  public static RevisionKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}

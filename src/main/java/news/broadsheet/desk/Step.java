package news.broadsheet.desk;

import java.time.Instant;

/** One change the desk makes to a story: from its current state to the next, and what to record. */
@FunctionalInterface
interface Step {

  Outcome apply(DeskStory current, Instant now);

  /** The story's next state and the revision that records it. */
  record Outcome(DeskStory next, RevisionKind kind, String note) {
    Outcome(DeskStory next, RevisionKind kind) {
      this(next, kind, "");
    }
  }
}

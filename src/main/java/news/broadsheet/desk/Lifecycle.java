package news.broadsheet.desk;

import java.time.Instant;
import java.time.LocalDate;
import news.broadsheet.account.User;
import news.broadsheet.article.StoryStatus;

/** The steps that move a story between statuses: publish, schedule, unpublish, and the scheduler's turn. */
final class Lifecycle {

  private Lifecycle() {}

  /** Publishes now, or schedules for {@code at} when that is later than now. */
  static Step.Outcome publish(User by, DeskStory current, Instant at, Instant now) {
    DeskPolicy.mayPublish(by);
    if (current.status() == StoryStatus.PUBLISHED) {
      throw DeskException.wrongStatus("This story is published already; saving it publishes an update.");
    }
    StoryRules.checkComplete(current.content());
    boolean first = current.publishedAt() == null && current.status() != StoryStatus.UNPUBLISHED;
    if (at != null && at.isAfter(now)) {
      LocalDate day = first ? LocalDate.ofInstant(at, current.zone()) : current.publishedOn();
      DeskStory next = current.with(StoryStatus.SCHEDULED, current.content())
          .dated(day, current.publishedAt(), current.updatedAt(), at);
      return new Step.Outcome(next, RevisionKind.SCHEDULED, "for " + at);
    }
    DeskStory next = current.with(StoryStatus.PUBLISHED, current.content());
    next = first
        ? next.dated(LocalDate.ofInstant(now, current.zone()), now, null, null)
        : next.dated(current.publishedOn(), current.publishedAt(), current.updatedAt(), null);
    return new Step.Outcome(next, RevisionKind.PUBLISHED);
  }

  /** The scheduler's step: publishes a scheduled story whose time has come, as of that time. */
  static Step.Outcome publishDue(DeskStory current, Instant now) {
    if (current.status() != StoryStatus.SCHEDULED || current.publishAt() == null || current.publishAt().isAfter(now)) {
      throw DeskException.wrongStatus("Story " + current.id() + " is not due.");
    }
    Instant at = current.publishAt();
    Instant publishedAt = current.publishedAt() == null ? at : current.publishedAt();
    DeskStory next = current.with(StoryStatus.PUBLISHED, current.content())
        .dated(current.publishedOn(), publishedAt, current.updatedAt(), null);
    return new Step.Outcome(next, RevisionKind.PUBLISHED, "as scheduled for " + at);
  }

  /** Takes a published story off the site, or a scheduled one back to draft. */
  static Step.Outcome unpublish(User by, DeskStory current) {
    DeskPolicy.mayPublish(by);
    return switch (current.status()) {
      case PUBLISHED -> new Step.Outcome(current.with(StoryStatus.UNPUBLISHED, current.content()), RevisionKind.UNPUBLISHED);
      case SCHEDULED -> new Step.Outcome(
          current.with(StoryStatus.DRAFT, current.content())
              .dated(current.publishedOn(), current.publishedAt(), current.updatedAt(), null),
          RevisionKind.UNSCHEDULED);
      default -> throw DeskException.wrongStatus(
          "Only published and scheduled stories can be taken off; this one is " + current.status().label() + ".");
    };
  }
}

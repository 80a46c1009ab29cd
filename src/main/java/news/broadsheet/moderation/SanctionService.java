package news.broadsheet.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.storage.Change;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;

/** Bans and timed suspensions of commenters; each is recorded in the audit trail. */
public final class SanctionService {

  public static final int MAX_REASON_LENGTH = 500;

  private final Database database;
  private final SanctionStore store;
  private final ActivityStore activity;
  private final ModerationStore events;
  private final Clock clock;
  private final Reloading<List<Sanction>> active;

  public SanctionService(
      Database database, SanctionStore store, ActivityStore activity, ModerationStore events, Clock clock) {
    this.database = database;
    this.store = store;
    this.activity = activity;
    this.events = events;
    this.clock = clock;
    this.active = new Reloading<>(() -> database.read(handle -> store.active(handle, clock.millis())));
    database.changes().on(ChangeKind.SANCTIONS, change -> active.invalidate());
    database.changes().onCatchUp(active::invalidate);
  }

  /** Bans a commenter until lifted. */
  public Sanction ban(Commenter who, String reason, Moderator by) {
    return impose(who, null, reason, by);
  }

  /** Suspends a commenter until the given time. */
  public Sanction suspend(Commenter who, Instant until, String reason, Moderator by) {
    if (until == null || !until.isAfter(clock.instant())) {
      throw new ModerationException("a suspension ends in the future");
    }
    return impose(who, until, reason, by);
  }

  /**
   * Bans (no length) or suspends for a time whoever wrote a stored comment: the account of a
   * signed-in reader, else the guest's name and client fingerprint.
   *
   * @throws ModerationException when there is no such comment, or no reason
   */
  public Sanction sanctionCommenterOf(long commentId, Duration length, String reason, Moderator by) {
    Commenter who = commenterOf(commentId);
    return length == null ? ban(who, reason, by) : suspend(who, clock.instant().plus(length), reason, by);
  }

  /** Lifts a ban or suspension early. */
  public void lift(long sanctionId, Moderator by) {
    database.inTransaction(
        handle -> {
          Sanction sanction = store.find(handle, sanctionId)
              .orElseThrow(() -> new ModerationException("there is no sanction " + sanctionId));
          if (store.lift(handle, sanctionId, by.name(), clock.millis())) {
            database.changes().announce(handle, Change.of(ChangeKind.SANCTIONS));
            events.insert(handle, new ModerationEvent(0, null, sanction.commenter().subject(), ActorKind.MODERATOR,
                by.name(), by.accountId(), ModerationAction.LIFTED, List.of(), "sanction " + sanctionId, null, null,
                clock.instant()));
          }
          return null;
        });
    active.invalidate();
  }

  /** Bans and suspensions in force, newest first. */
  public List<Sanction> active() {
    Instant now = clock.instant();
    return active.get().stream().filter(s -> s.isActive(now)).toList();
  }

  /** The sanction in force against whoever posts this comment, if any. */
  public Optional<Sanction> activeFor(CommentDraft draft) {
    return activeFor(Commenter.keysOf(draft));
  }

  /** The sanction in force against this commenter, if any. */
  public Optional<Sanction> activeFor(Commenter commenter) {
    return activeFor(commenter.keys());
  }

  private Optional<Sanction> activeFor(List<String> keys) {
    return active().stream().filter(s -> s.covers(keys)).findFirst();
  }

  /**
   * Who wrote a stored comment, as a sanction names them: the account of a signed-in reader, else
   * the guest's name and client fingerprint.
   *
   * @throws ModerationException when there is no such comment
   */
  public Commenter commenterOf(long commentId) {
    return database.read(handle -> activity.commenterOf(handle, commentId))
        .orElseThrow(() -> new ModerationException("there is no comment " + commentId));
  }

  private Sanction impose(Commenter who, Instant until, String reason, Moderator by) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON_LENGTH || why.contains("\n")) {
      throw new ModerationException("give a reason of 1 to " + MAX_REASON_LENGTH + " characters on one line");
    }
    long now = clock.millis();
    Sanction sanction = database.inTransaction(
        handle -> {
          long id = store.insert(handle, who, until, why, by.name(), now);
          database.changes().announce(handle, Change.of(ChangeKind.SANCTIONS));
          events.insert(handle, new ModerationEvent(0, null, who.subject(), ActorKind.MODERATOR, by.name(),
              by.accountId(), until == null ? ModerationAction.BANNED : ModerationAction.SUSPENDED, List.of(), why,
              null, null, clock.instant()));
          return store.find(handle, id).orElseThrow();
        });
    active.invalidate();
    return sanction;
  }
}

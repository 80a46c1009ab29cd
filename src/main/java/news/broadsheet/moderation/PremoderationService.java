package news.broadsheet.moderation;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.storage.Change;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;

/**
 * Pre-moderation of one story or one commenter: their comments are held for review, whatever the
 * site-wide mode. Each change is recorded in the audit trail.
 */
public final class PremoderationService {

  private final Database database;
  private final PremoderationStore store;
  private final ModerationStore events;
  private final Clock clock;
  private final Reloading<Set<String>> entries;

  public PremoderationService(Database database, PremoderationStore store, ModerationStore events, Clock clock) {
    this.database = database;
    this.store = store;
    this.events = events;
    this.clock = clock;
    this.entries = new Reloading<>(() -> Set.copyOf(database.read(store::all)));
    database.changes().on(ChangeKind.PREMODERATION, change -> entries.invalidate());
    database.changes().onCatchUp(entries::invalidate);
  }

  /** Holds every new comment on a story for review (on), or stops doing so (off). */
  public void setStory(long articleId, boolean on, Moderator by) {
    change(List.of("story:" + articleId), on, by, "story:" + articleId);
  }

  /** Holds every new comment of a commenter for review (on), or stops doing so (off). */
  public void setCommenter(Commenter commenter, boolean on, Moderator by) {
    change(commenter.keys(), on, by, commenter.subject());
  }

  public boolean isStoryPremoderated(long articleId) {
    return entries.get().contains("story:" + articleId);
  }

  /** Whether whoever posts this comment (their account or guest name, or their client) is pre-moderated. */
  public boolean isCommenterPremoderated(CommentDraft draft) {
    Set<String> all = entries.get();
    return Commenter.keysOf(draft).stream().anyMatch(all::contains);
  }

  /** Every pre-moderated story and commenter, as "kind:subject". */
  public List<String> entries() {
    return entries.get().stream().sorted().toList();
  }

  private void change(List<String> keys, boolean on, Moderator by, String subject) {
    long now = clock.millis();
    database.inTransaction(
        handle -> {
          boolean changed = false;
          for (String key : keys) {
            int colon = key.indexOf(':');
            String kind = key.substring(0, colon);
            String value = key.substring(colon + 1);
            changed |= on ? store.put(handle, kind, value, by.name(), now) : store.remove(handle, kind, value);
          }
          if (changed) {
            database.changes().announce(handle, Change.of(ChangeKind.PREMODERATION));
            events.insert(handle, new ModerationEvent(0, null, subject, ActorKind.MODERATOR, by.name(), by.accountId(),
                on ? ModerationAction.PREMODERATED : ModerationAction.UNPREMODERATED, List.of(), "", null, null,
                clock.instant()));
          }
          return null;
        });
    entries.invalidate();
  }
}

package news.broadsheet.desk;

import java.time.Clock;
import java.util.List;
import news.broadsheet.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled stories when their time comes. A server runs {@link #publishDue()} once a
 * second as a periodic job, on one node at a time among those sharing the database; the schedule
 * lives in the database, so it survives restarts, and the claim is the database's too: a story is
 * published by the one step whose write finds it still at the revision it read (any other
 * server's write of the same step finds none and does nothing), so it is published exactly once
 * even when a node that lost its job's lease is still running it.
 */
public final class Scheduler {

  private static final int BATCH = 50;
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  private final Database database;
  private final DeskStore store;
  private final DeskWriter writer;
  private final StoryEffects effects;
  private final Clock clock;

  Scheduler(Database database, DeskStore store, DeskWriter writer, StoryEffects effects, Clock clock) {
    this.database = database;
    this.store = store;
    this.writer = writer;
    this.effects = effects;
    this.clock = clock;
  }

  /** Publishes every story whose time has come; how many this call published. */
  public int publishDue() {
    List<Long> due = database.read(handle -> store.due(handle, clock.millis(), BATCH));
    int published = 0;
    for (long id : due) {
      try {
        DeskWriter.Change change = writer.apply(Actor.SCHEDULER, id, null, Lifecycle::publishDue);
        effects.after(change.before(), change.after());
        published++;
      } catch (DeskException refused) {
        if (refused.error() != DeskError.WRONG_STATUS && refused.error() != DeskError.STALE_REVISION) {
          LOG.warn("scheduled story {} cannot be published: {}", id, refused.getMessage());
        } // else unscheduled, or published by another server, since the list was read
      } catch (RuntimeException failure) {
        LOG.warn("scheduled story {} could not be published now: {}", id, failure.getMessage());
      }
    }
    if (published > 0) {
      LOG.info("published {} scheduled {}", published, published == 1 ? "story" : "stories");
    }
    return published;
  }
}

package news.broadsheet.storage;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The changes a group-commit writer's transaction announces, held back and sent together in one
 * statement at the end of the group's work, still inside its transaction: PostgreSQL delivers
 * them on commit as it would have one by one, for one round trip a group instead of one a write.
 * A write rolled back to its savepoint takes its own changes back ({@link #mark}, {@link
 * #rollBackTo}), as the database would have dropped its notifications.
 */
final class GatheredChanges {

  private final List<String> payloads = new ArrayList<>();

  void add(String payload) {
    payloads.add(payload);
  }

  /** Where the changes announced from now on begin. */
  int mark() {
    return payloads.size();
  }

  /** Forgets the changes announced since the mark. */
  void rollBackTo(int mark) {
    payloads.subList(mark, payloads.size()).clear();
  }

  /** Sends every change gathered, in the order announced, and forgets them. */
  void send(Handle handle) {
    if (payloads.size() == 1) {
      ChangeFeed.notify(handle, payloads.get(0));
    } else if (!payloads.isEmpty()) {
      // unnest returns the array's elements in order, and pg_notify runs once for each in that order
      handle
          .createQuery("SELECT pg_notify(?, payload) FROM unnest(?) AS payload")
          .bind(0, ChangeFeed.CHANNEL)
          .bindArray(1, String.class, payloads)
          .mapToMap()
          .list();
    }
    payloads.clear();
  }
}

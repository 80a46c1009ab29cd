package news.broadsheet.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Reads queued items in batches and makes their documents: queued stories first (an imported
 * story is found soon, however many comments were imported with it), then comments in the order
 * they were queued.
 */
final class BatchReader {

  /** Where a run of batches has got to: the last story id and the last comment change read. */
  record Position(long storyId, long commentSeq) {
    static final Position START = new Position(Long.MIN_VALUE, 0);

    boolean isStart() {
      return equals(START);
    }

    Position after(List<QueuedItem> items) {
      long story = storyId;
      long seq = commentSeq;
      for (QueuedItem item : items) {
        if (item.kind() == DocumentKind.STORY) {
          story = Math.max(story, item.itemId());
        } else {
          seq = Math.max(seq, item.seq());
        }
      }
      return new Position(story, seq);
    }
  }

  /** A batch read from a position, with its documents made, and the position after it. */
  record Batch(Position from, List<Indexed> items, Position next) {}

  private final SearchStore store;
  private final IndexQueueStore queue;

  BatchReader(SearchStore store, IndexQueueStore queue) {
    this.store = store;
    this.queue = queue;
  }

  Batch read(Handle handle, Position from, int size) {
    List<QueuedItem> items = new ArrayList<>(queue.stories(handle, from.storyId(), size));
    if (items.size() < size) {
      items.addAll(queue.comments(handle, from.commentSeq(), size - items.size()));
    }
    return new Batch(from, documents(handle, items), from.after(items));
  }

  /** The items with their documents as they are stored now (none for an item no longer stored). */
  List<Indexed> documents(Handle handle, List<QueuedItem> items) {
    Map<Long, QueuedItem> stories = new HashMap<>();
    Map<Long, QueuedItem> comments = new HashMap<>();
    items.forEach(item -> (item.kind() == DocumentKind.STORY ? stories : comments).put(item.itemId(), item));
    Map<QueuedItem, SearchDocument> documents = new HashMap<>();
    if (!stories.isEmpty()) {
      store.stories(handle, stories.keySet()).forEach(s -> documents.put(stories.get(s.id()), SearchDocument.of(s)));
    }
    if (!comments.isEmpty()) {
      store.comments(handle, comments.keySet()).forEach(c -> documents.put(comments.get(c.id()), SearchDocument.of(c)));
    }
    List<Indexed> indexed = new ArrayList<>(items.size());
    items.forEach(item -> indexed.add(new Indexed(item, documents.get(item))));
    return indexed;
  }
}

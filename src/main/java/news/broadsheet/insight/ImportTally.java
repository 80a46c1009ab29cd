package news.broadsheet.insight;

import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.comment.ImportedComments;
import news.broadsheet.comment.NewComment;
import org.jdbi.v3.core.Handle;

/**
 * Counts the comments an import stores, as the triggers count a comment posted on the site:
 * grouped in memory by hour, story, commenter and day, and written when the transaction's
 * session closes (or once this many keys are held), one upsert a key in key order.
 */
public final class ImportTally implements ImportedComments {

  /** Counts are written once a transaction holds this many commenter-days, to bound memory. */
  static final int FLUSH_AT = 20_000;

  private final TallyStore store;

  public ImportTally(TallyStore store) {
    this.store = store;
  }

  @Override
  public Tally open(Handle handle) {
    return new Counting(handle);
  }

  /** The keys and counts of one transaction's comments. */
  record Counts(
      Map<TallyStore.HourKey, StatusCounts> hours,
      Map<TallyStore.StoryDayKey, StatusCounts> storyDays,
      Map<String, Long> firstComments,
      Map<TallyStore.CommenterDayKey, Integer> commenterDays) {

    static Counts empty() {
      return new Counts(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    void add(String source, NewComment comment) {
      String local = comment.postedLocal().toString();
      String day = local.substring(0, 10);
      hours.computeIfAbsent(new TallyStore.HourKey(local.substring(0, 13), source), key -> new StatusCounts())
          .add(comment.status());
      storyDays.computeIfAbsent(new TallyStore.StoryDayKey(day, comment.articleId()), key -> new StatusCounts())
          .add(comment.status());
      String commenter = CommenterKey.ofName(comment.name());
      firstComments.merge(commenter, comment.postedAt().toEpochMilli(), Math::min);
      commenterDays.merge(new TallyStore.CommenterDayKey(day, source, commenter), 1, Integer::sum);
    }

    boolean isEmpty() {
      return hours.isEmpty();
    }
  }

  private final class Counting implements Tally {
    private final Handle handle;
    private Counts counts = Counts.empty();

    private Counting(Handle handle) {
      this.handle = handle;
    }

    @Override
    public void stored(String source, NewComment comment) {
      counts.add(source, comment);
      if (counts.commenterDays().size() >= FLUSH_AT) {
        close();
      }
    }

    @Override
    public void close() {
      if (!counts.isEmpty()) {
        store.add(handle, counts);
        counts = Counts.empty();
      }
    }
  }
}

package news.broadsheet.insight;

import java.util.Comparator;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Adds grouped counts of stored comments to the aggregates (an import's; triggers count the rest). */
public final class TallyStore {

  private static final String ADD_HOUR =
      "INSERT INTO insight_hours AS t (hour, source, slot, published, pending, rejected) VALUES (?, ?, 0, ?, ?, ?)"
          + " ON CONFLICT (hour, source, slot) DO UPDATE SET published = t.published + excluded.published,"
          + " pending = t.pending + excluded.pending, rejected = t.rejected + excluded.rejected";
  private static final String ADD_STORY_DAY =
      "INSERT INTO insight_story_days AS t (day, article_id, slot, published, pending, rejected)"
          + " VALUES (?, ?, 0, ?, ?, ?) ON CONFLICT (day, article_id, slot) DO UPDATE SET"
          + " published = t.published + excluded.published, pending = t.pending + excluded.pending,"
          + " rejected = t.rejected + excluded.rejected";
  private static final String ADD_COMMENTER =
      "INSERT INTO insight_commenters AS t (commenter, first_at) VALUES (?, ?)"
          + " ON CONFLICT (commenter) DO UPDATE SET first_at = excluded.first_at WHERE excluded.first_at < t.first_at";
  private static final String ADD_COMMENTER_DAY =
      "INSERT INTO insight_commenter_days AS t (day, source, commenter, comments) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (day, source, commenter) DO UPDATE SET comments = t.comments + excluded.comments";

  /** A newsroom hour ("2018-03-03T09") of a source. */
  record HourKey(String hour, String source) implements Comparable<HourKey> {
    private static final Comparator<HourKey> ORDER =
        Comparator.comparing(HourKey::hour).thenComparing(HourKey::source);

    @Override
    public int compareTo(HourKey other) {
      return ORDER.compare(this, other);
    }
  }

  /** A newsroom day ("2018-03-03") of a story. */
  record StoryDayKey(String day, long articleId) implements Comparable<StoryDayKey> {
    private static final Comparator<StoryDayKey> ORDER =
        Comparator.comparing(StoryDayKey::day).thenComparingLong(StoryDayKey::articleId);

    @Override
    public int compareTo(StoryDayKey other) {
      return ORDER.compare(this, other);
    }
  }

  /** A commenter's day on a source. */
  record CommenterDayKey(String day, String source, String commenter) implements Comparable<CommenterDayKey> {
    private static final Comparator<CommenterDayKey> ORDER =
        Comparator.comparing(CommenterDayKey::day)
            .thenComparing(CommenterDayKey::source)
            .thenComparing(CommenterDayKey::commenter);

    @Override
    public int compareTo(CommenterDayKey other) {
      return ORDER.compare(this, other);
    }
  }

  void add(Handle handle, ImportTally.Counts counts) {
    PreparedBatch hours = handle.prepareBatch(ADD_HOUR);
    counts.hours().forEach((key, status) -> statusRow(hours.bind(0, key.hour()).bind(1, key.source()), status));
    hours.execute();
    PreparedBatch days = handle.prepareBatch(ADD_STORY_DAY);
    counts.storyDays().forEach((key, status) -> statusRow(days.bind(0, key.day()).bind(1, key.articleId()), status));
    days.execute();
    PreparedBatch commenters = handle.prepareBatch(ADD_COMMENTER);
    for (Map.Entry<String, Long> first : counts.firstComments().entrySet()) {
      commenters.bind(0, first.getKey()).bind(1, first.getValue()).add();
    }
    commenters.execute();
    PreparedBatch commenterDays = handle.prepareBatch(ADD_COMMENTER_DAY);
    counts.commenterDays().forEach((key, comments) ->
        commenterDays.bind(0, key.day()).bind(1, key.source()).bind(2, key.commenter()).bind(3, comments).add());
    commenterDays.execute();
  }

  private static void statusRow(PreparedBatch row, StatusCounts status) {
    row.bind(2, status.published()).bind(3, status.pending()).bind(4, status.rejected()).add();
  }
}

package news.broadsheet.moderation;

import java.util.List;

/**
 * One page of a queue tab.
 *
 * @param next where the next page starts ({@link QueueService#page}'s {@code from}), or null on the last
 */
public record QueuePage(List<QueueEntry> entries, Long next) {

  public QueuePage {
    entries = List.copyOf(entries);
  }
}

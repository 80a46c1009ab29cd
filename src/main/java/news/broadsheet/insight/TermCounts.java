package news.broadsheet.insight;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** How many comments of a set hold each term (by key), and how many term occurrences that makes. */
final class TermCounts {

  private final Map<String, Integer> comments = new HashMap<>();
  private long total;

  void add(Collection<String> keys) {
    for (String key : keys) {
      comments.merge(key, 1, Integer::sum);
    }
    total += keys.size();
  }

  void remove(Collection<String> keys) {
    for (String key : keys) {
      comments.computeIfPresent(key, (term, count) -> count > 1 ? count - 1 : null);
    }
    total -= keys.size();
  }

  int count(String key) {
    return comments.getOrDefault(key, 0);
  }

  long total() {
    return total;
  }

  Map<String, Integer> counts() {
    return comments;
  }

  TermCounts copy() {
    TermCounts copy = new TermCounts();
    copy.comments.putAll(comments);
    copy.total = total;
    return copy;
  }
}

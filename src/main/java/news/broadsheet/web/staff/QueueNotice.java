package news.broadsheet.web.staff;

import java.util.Locale;
import java.util.Optional;

/**
 * What a moderator's last action did, said on the page they come back to. The address carries only
 * its code and a count ({@code ?done=approve&count=3}), never the words.
 */
enum QueueNotice {
  APPROVE("Approved"),
  REJECT("Rejected"),
  SPAM("Marked as spam"),
  SANCTION("Applied to the commenter:");

  private final String done;

  QueueNotice(String done) {
    this.done = done;
  }

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The address's query for this outcome on this many comments. */
  String query(int count) {
    return "done=" + code() + "&count=" + count;
  }

  /** The words of an outcome named in an address; null for none or a code that names none. */
  static String of(String code, String count) {
    Optional<QueueNotice> notice = java.util.Arrays.stream(values()).filter(n -> n.code().equals(code)).findFirst();
    if (notice.isEmpty()) {
      return null;
    }
    if (notice.get() == SANCTION) {
      return "The commenter's ban or suspension is in force.";
    }
    int n = count != null && count.matches("\\d{1,6}") ? Integer.parseInt(count) : 1;
    return notice.get().done + " " + (n == 1 ? "1 comment." : String.format(Locale.ROOT, "%,d comments.", n));
  }
}

package news.broadsheet.storage;

import java.util.Optional;

/**
 * A change as it travels in a PostgreSQL notification's payload: the node that made it, when
 * (epoch milliseconds, to measure how long it took to arrive), and the change itself, as text of
 * the form {@code "node 1733580000000 STORY 12 0"}.
 */
record ChangeNotice(String origin, long sentAtMillis, Change change) {

  String encode() {
    return origin + " " + sentAtMillis + " " + change.kind().name() + " " + change.subject() + " " + change.detail();
  }

  /**
   * The notice a payload holds; empty for a payload this version cannot read (a newer version's
   * kind of change, or a payload nobody of ours wrote), which its receiver takes as "anything may
   * have changed".
   */
  static Optional<ChangeNotice> decode(String payload) {
    String[] parts = payload == null ? new String[0] : payload.split(" ", -1);
    if (parts.length != 5) {
      return Optional.empty();
    }
    try {
      ChangeKind kind = ChangeKind.valueOf(parts[2]);
      return Optional.of(
          new ChangeNotice(
              parts[0],
              Long.parseLong(parts[1]),
              new Change(kind, Long.parseLong(parts[3]), Long.parseLong(parts[4]))));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}

package news.broadsheet.web.staff;

/**
 * A reason a comment is where it is, as the queue shows it: a short label and its explanation.
 *
 * @param tone how it weighs: warn (held) or bad (rejected)
 */
public record ReasonView(String label, String explanation, String tone) {

  /**
   * A stored reason in words: the outcome it starts with ("held: ", "rejected: ", "rejected by a
   * moderator: ") as the label, the rest as the explanation. The one place that reads reasons.
   */
  static ReasonView of(String reason) {
    int colon = reason.indexOf(": ");
    String head = colon < 0 ? reason : reason.substring(0, colon);
    String rest = colon < 0 ? "" : reason.substring(colon + 2);
    return switch (head) {
      case "held" -> new ReasonView("Held", rest, "warn");
      case "rejected" -> new ReasonView("Rejected", rest, "bad");
      case "rejected by a moderator" -> new ReasonView("Rejected by a moderator", rest, "bad");
      case "rejected as spam" -> new ReasonView("Spam", rest, "bad");
      default -> new ReasonView("Note", reason, "warn");
    };
  }
}

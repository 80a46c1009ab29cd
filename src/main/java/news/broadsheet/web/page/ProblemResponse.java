package news.broadsheet.web.page;

import java.util.Map;
import news.broadsheet.comment.InvalidCommentException;

/**
 * A request the site refuses, with a page that says why: thrown by handlers, rendered by {@link
 * ErrorMapping}.
 *
 * @param headers extra response headers, such as Retry-After
 */
public final class ProblemResponse extends RuntimeException {

  private final int status;
  private final String heading;
  private final String backHref;
  private final String backLabel;
  private final Map<String, String> headers;

  public ProblemResponse(int status, String heading, String message, String backHref, String backLabel, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.heading = heading;
    this.backHref = backHref;
    this.backLabel = backLabel;
    this.headers = Map.copyOf(headers);
  }

  static ProblemResponse forgedForm(String backHref) {
    return new ProblemResponse(
        403,
        "We could not accept this form",
        "The form came without the token this browser was given, and the browser did not say it came"
            + " from this site, so it may have been sent from another site, or cookies may be turned off."
            + " Go back to the story, reload the page, and try again.",
        backHref,
        "Back to the story",
        Map.of());
  }

  private static ProblemResponse tooFast(long seconds, String backHref) {
    return new ProblemResponse(
        429,
        "Please slow down",
        "You are posting comments faster than this site allows. Please wait " + seconds
            + (seconds == 1 ? " second" : " seconds") + " and try again; what you wrote is not lost if you go back.",
        backHref,
        "Back to the story",
        Map.of("Retry-After", Long.toString(seconds)));
  }

  /**
   * A refused comment as a page, with the status {@link ErrorStatus} gives its error: posting too
   * fast, comments closed, or what else the form could not show.
   */
  public static ProblemResponse refused(InvalidCommentException refused, String backHref) {
    return switch (refused.error()) {
      case RATE_LIMITED -> tooFast(refused.retryAfterSeconds(), backHref);
      case CLOSED -> new ProblemResponse(409, "Comments are closed", refused.getMessage(), backHref, "Back to the story", Map.of());
      default -> new ProblemResponse(ErrorStatus.of(refused.error()), "We could not take this comment", refused.getMessage(),
          backHref, "Back to the story", Map.of());
    };
  }

  public int status() {
    return status;
  }

  public ProblemPage page() {
    return new ProblemPage(PageMeta.unlisted(heading), heading, getMessage(), backHref, backLabel);
  }

  public Map<String, String> headers() {
    return headers;
  }
}

package news.broadsheet.web.staff.desk;

import java.util.Map;
import news.broadsheet.desk.DeskError;
import news.broadsheet.desk.DeskException;
import news.broadsheet.web.page.ProblemResponse;

/** A desk step refused outside a form that can show it again: a page that says why, and the way back. */
public final class DeskProblems {

  private DeskProblems() {}

  public static ProblemResponse of(DeskException refused) {
    String heading = switch (refused.error()) {
      case NOT_ALLOWED -> "Not part of your role";
      case NOT_FOUND -> "Not on the desk";
      case STALE_REVISION -> "Someone saved the story meanwhile";
      case WRONG_STATUS -> "Not at this point of the story's life";
      case INVALID -> "That cannot be done as it stands";
    };
    return new ProblemResponse(DeskEditorHandlers.status(refused.error()), heading, refused.getMessage(), "/desk",
        "Back to the desk", Map.of());
  }

  static boolean isNotFound(DeskException refused) {
    return refused.error() == DeskError.NOT_FOUND;
  }
}

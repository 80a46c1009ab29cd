package news.broadsheet.web.staff;

import io.javalin.http.Context;
import java.util.Set;
import news.broadsheet.privacy.Erasure;

/** What the last erasure did, carried in the address it leads back to ({@code &erased=3&kept=1&deleted=1}): counts only. */
final class DataRightsNotice {

  private DataRightsNotice() {}

  static String href(String back, Erasure done) {
    return back + "&erased=" + done.removed() + "&kept=" + done.anonymised() + "&deleted=" + (done.accountDeleted() ? 1 : 0);
  }

  /** The words for the counts in the address; null when there are none (or they are not counts). */
  static String of(Context ctx) {
    int removed = count(ctx.queryParam("erased"));
    int kept = count(ctx.queryParam("kept"));
    int deleted = count(ctx.queryParam("deleted"));
    if (removed < 0 || kept < 0 || deleted < 0 || deleted > 1) {
      return null;
    }
    String summary = new Erasure(removed, kept, deleted == 1, Set.of()).summary();
    return "Erased: " + summary.replaceFirst("^at the commenter's request: ", "")
        + ". The audit trail records the request under your name, without what was erased.";
  }

  private static int count(String text) {
    if (text == null || !text.matches("[0-9]{1,7}")) {
      return -1;
    }
    return Integer.parseInt(text);
  }
}

package news.broadsheet.web.staff.insight;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.web.page.ProblemResponse;

/** Answers {@code ?format=csv&table=ID} with the page's table as a CSV download. */
final class CsvResponse {

  private CsvResponse() {}

  /** Whether the request asks for a page (no format, or html); a format this does not know is refused. */
  static boolean wantsCsv(Context ctx, String backHref) {
    String format = ctx.queryParam("format");
    if (format == null || format.equals("html")) {
      return false;
    }
    if (format.equals("csv")) {
      return true;
    }
    throw badRequest("There is no format “" + clip(format) + "”: a page is html (the default) or csv.", backHref);
  }

  /** Sends the table the request names, downloaded as {@code fileStem-ID.csv}. */
  static void send(Context ctx, Optional<DataTable> named, String fileStem, String backHref) {
    String id = ctx.queryParam("table");
    DataTable table = named.orElseThrow(() -> new ProblemResponse(400, "No such table",
        id == null ? "Name the table to download: ?format=csv&table=…" : "This page has no table “" + clip(id) + "”.",
        backHref, "Back to the page", Map.of()));
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileStem + "-" + table.id() + ".csv\"");
    ctx.header("Cache-Control", "private, no-cache");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("text/csv; charset=utf-8").result(Csv.of(table).getBytes(StandardCharsets.UTF_8));
  }

  static ProblemResponse badRequest(String message, String backHref) {
    return new ProblemResponse(400, "We could not read this address", message, backHref, "Back to the page", Map.of());
  }

  /** A parameter as a message quotes it: at most 60 characters. */
  static String clip(String value) {
    return value.length() > 60 ? value.substring(0, 60) + "…" : value;
  }
}

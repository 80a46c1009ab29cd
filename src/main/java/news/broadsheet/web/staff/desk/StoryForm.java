package news.broadsheet.web.staff.desk;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.desk.CommentsMode;
import news.broadsheet.desk.StoryDraft;

/**
 * The editor's form as the browser sent it: every field as typed (to show again with a message),
 * the revision it started from, the button pressed, and the images chosen for upload. Lists
 * (authors, tags) are typed separated by commas.
 */
record StoryForm(Map<String, String> fields, int revision, String action, Upload lead, Upload figure) {

  static final List<String> FIELDS = List.of("headline", "standfirst", "authors", "dateline", "section", "tags", "body",
      "printPublication", "printDate", "comments", "leadMedia", "publishAt");

  /** An image chosen for upload with its words; null fields when none was chosen. */
  record Upload(String fileName, long size, InputStreamSource content, String alt, String caption, String credit) {
    boolean chosen() {
      return fileName != null && !fileName.isEmpty() && size > 0;
    }
  }

  /** How an upload's bytes are read, once. */
  interface InputStreamSource {
    InputStream open() throws IOException;
  }

  static StoryForm of(Context ctx) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name : FIELDS) {
      String value = ctx.formParam(name);
      fields.put(name, value == null ? "" : value);
    }
    if ("on".equals(ctx.formParam("removeLead"))) {
      fields.put("leadMedia", "");
    }
    int revision;
    try {
      revision = Integer.parseInt(ctx.formParam("revision") == null ? "0" : ctx.formParam("revision"));
    } catch (NumberFormatException notANumber) {
      revision = -1;
    }
    String action = ctx.formParam("action") == null ? "save" : ctx.formParam("action");
    return new StoryForm(fields, revision, action, upload(ctx, "lead"), upload(ctx, "figure"));
  }

  private static Upload upload(Context ctx, String prefix) {
    UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile(prefix + "File") : null;
    return new Upload(file == null ? null : file.filename(), file == null ? 0 : file.size(),
        file == null ? null : file::content, value(ctx, prefix + "Alt"), value(ctx, prefix + "Caption"),
        value(ctx, prefix + "Credit"));
  }

  private static String value(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }

  /** A form with other values for some fields (an uploaded image put in its place). */
  StoryForm with(String field, String value) {
    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put(field, value);
    return new StoryForm(changed, revision, action, lead, figure);
  }

  String get(String field) {
    return fields.getOrDefault(field, "");
  }

  /**
   * The story the form holds.
   *
   * @throws FieldProblem naming the field whose text is not a date or a choice
   */
  StoryDraft draft() {
    CommentsMode mode = CommentsMode.fromCode(get("comments").isEmpty() ? "open" : get("comments"))
        .orElseThrow(() -> new FieldProblem("comments", "Choose whether comments are open, closed or pre-moderated."));
    LocalDate printDate = null;
    if (!get("printDate").isBlank()) {
      try {
        printDate = LocalDate.parse(get("printDate").strip());
      } catch (DateTimeParseException notADate) {
        throw new FieldProblem("printDate", "Give the print edition's date as YYYY-MM-DD.");
      }
    }
    return new StoryDraft(get("headline"), get("standfirst"), list(get("authors")), get("dateline"), get("section"),
        list(get("tags")), get("body"), get("printPublication"), printDate, mode, get("leadMedia"));
  }

  /** When to publish: the form's time in the newsroom's zone, or null when none is given. */
  Instant publishAt(ZoneId zone) {
    if (get("publishAt").isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(get("publishAt").strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException notATime) {
      throw new FieldProblem("publishAt", "Give the publication time as a date and a time.");
    }
  }

  static List<String> list(String typed) {
    return Arrays.stream(typed.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
  }

  /** A field whose text cannot be read (a date that is not one). */
  static final class FieldProblem extends RuntimeException {
    final String field;

    FieldProblem(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }
}

package news.broadsheet.web.staff.desk;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import news.broadsheet.account.User;
import news.broadsheet.desk.DeskException;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.desk.Revision;
import news.broadsheet.desk.RevisionDiff;
import news.broadsheet.desk.StaleRevisionException;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.staff.StaffGuard;
import news.broadsheet.web.staff.StaffSection;

/**
 * {@code GET /desk/stories/{id}/revisions?from=&to=} (the history, and two revisions compared) and
 * {@code POST /desk/stories/{id}/restore} (an earlier revision's text made the story's again).
 */
final class RevisionHandlers {

  private final DeskParts parts;

  RevisionHandlers(DeskParts parts) {
    this.parts = parts;
  }

  void revisions(Context ctx) {
    User user = StaffGuard.user(ctx);
    long id = Params.id(ctx, "id");
    DeskStory story = parts.desk().stories().open(user, id);
    List<Revision> revisions = parts.desk().stories().revisions(user, id);
    int newest = revisions.isEmpty() ? 0 : revisions.get(0).number();
    int to = number(ctx.queryParam("to"), newest);
    int from = number(ctx.queryParam("from"), lastDifferent(revisions, to));
    var differences = from > 0 && to > 0 && from != to
        ? RevisionDiff.between(content(revisions, from, id), content(revisions, to, id), parts.desk().sections()::nameOf)
        : List.<news.broadsheet.desk.FieldDiff>of();
    var times = parts.layout().times();
    List<RevisionsPage.Row> rows = revisions.stream().map(r -> new RevisionsPage.Row(r.number(),
        r.kind().label(), r.accountName(), times.show(r.createdAt()), r.note(), r.status().label())).toList();
    parts.templates().render(ctx, "staff/desk/revisions.jte", new RevisionsPage(
        parts.layout().frame(ctx, StaffSection.DESK, "Revisions: " + story.content().headline()), id,
        story.content().headline(), story.revision(), rows, from, to, differences, parts.desk().stories().mayEdit(user, story)));
  }

  /** {@code POST /desk/stories/{id}/restore} with the revision to restore and the latest one seen. */
  void restore(Context ctx) {
    User user = StaffGuard.user(ctx);
    long id = Params.id(ctx, "id");
    int revision = number(ctx.formParam("revision"), 0);
    int base = number(ctx.formParam("base"), 0);
    try {
      parts.desk().stories().restore(user, id, revision, base);
      ctx.redirect("/desk/stories/" + id + "?done=restore", HttpStatus.SEE_OTHER);
    } catch (StaleRevisionException stale) {
      throw new DeskException(stale.error(), null, stale.getMessage());
    }
  }

  /** The newest revision before {@code to} whose text differs from it (a change of status alone is skipped). */
  private static int lastDifferent(List<Revision> revisions, int to) {
    var newer = revisions.stream().filter(r -> r.number() == to).findFirst().map(Revision::content).orElse(null);
    return revisions.stream().filter(r -> r.number() < to && !r.content().equals(newer)).mapToInt(Revision::number)
        .max().orElse(Math.max(0, to - 1));
  }

  private static news.broadsheet.desk.StoryDraft content(List<Revision> revisions, int number, long id) {
    return revisions.stream().filter(r -> r.number() == number).findFirst()
        .orElseThrow(() -> new io.javalin.http.NotFoundResponse("story " + id + " has no revision " + number))
        .content();
  }

  private static int number(String text, int fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException notANumber) {
      throw new io.javalin.http.BadRequestResponse("a revision is a number");
    }
  }
}

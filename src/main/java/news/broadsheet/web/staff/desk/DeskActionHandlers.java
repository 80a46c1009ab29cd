package news.broadsheet.web.staff.desk;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import news.broadsheet.account.User;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.desk.DeskException;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.desk.StaleRevisionException;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.staff.StaffGuard;

/**
 * The desk's steps beside the editor: unpublish (or take off the schedule), send back to the
 * writer, add a correction, keep one's own version over a newer one, and the editor's autosave.
 */
final class DeskActionHandlers {

  private final DeskParts parts;

  DeskActionHandlers(DeskParts parts) {
    this.parts = parts;
  }

  /** {@code POST /desk/stories/{id}/unpublish}. */
  void unpublish(Context ctx) {
    long id = Params.id(ctx, "id");
    DeskStory before = parts.desk().stories().open(StaffGuard.user(ctx), id);
    parts.desk().stories().unpublish(StaffGuard.user(ctx), id);
    done(ctx, id, before.status() == StoryStatus.SCHEDULED ? "unschedule" : "unpublish");
  }

  /** {@code POST /desk/stories/{id}/return}. */
  void returnToDraft(Context ctx) {
    long id = Params.id(ctx, "id");
    parts.desk().stories().returnToDraft(StaffGuard.user(ctx), id);
    done(ctx, id, "return");
  }

  /** {@code POST /desk/stories/{id}/corrections} with the note's text; a bad note shows the editor again. */
  void correct(Context ctx) {
    User user = StaffGuard.user(ctx);
    long id = Params.id(ctx, "id");
    try {
      parts.desk().stories().correct(user, id, ctx.formParam("text"));
      done(ctx, id, "correct");
    } catch (DeskException refused) {
      if (refused.field() == null) {
        throw refused;
      }
      DeskStory story = parts.desk().stories().open(user, id);
      EditorPages pages = new EditorPages(parts);
      parts.templates().render(ctx, "staff/desk/editor.jte", pages.page(
          parts.layout().frame(ctx, news.broadsheet.web.staff.StaffSection.DESK, "Edit: " + story.content().headline()),
          user, story, pages.values(story), Map.of("text", refused.getMessage()), "The correction was not published: "
              + refused.getMessage(), null));
      ctx.status(422);
    }
  }

  /** {@code POST /desk/stories/{id}/autosave}: the editor's script saves a draft; JSON in answer. */
  void autosave(Context ctx) {
    User user = StaffGuard.user(ctx);
    long id = Params.id(ctx, "id");
    StoryForm form = StoryForm.of(ctx);
    try {
      DeskStory saved = parts.desk().stories().autosave(user, id, form.revision(), form.draft());
      ctx.json(Map.of("revision", saved.revision(), "saved", parts.layout().times().show(saved.modifiedAt()).words()));
    } catch (StaleRevisionException stale) {
      ctx.status(HttpStatus.CONFLICT).json(Map.of("error", "stale", "message", stale.getMessage(),
          "revision", stale.current().revision(), "by", stale.latest().accountName()));
    } catch (StoryForm.FieldProblem problem) {
      ctx.status(422).json(Map.of("error", "invalid", "field", problem.field, "message", problem.getMessage()));
    } catch (DeskException refused) {
      ctx.status(DeskEditorHandlers.status(refused.error())).json(Map.of("error", refused.error().name().toLowerCase(
          java.util.Locale.ROOT), "message", refused.getMessage()));
    }
  }

  private static void done(Context ctx, long id, String step) {
    ctx.redirect("/desk/stories/" + id + "?done=" + step, HttpStatus.SEE_OTHER);
  }
}

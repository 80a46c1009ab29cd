package news.broadsheet.web.staff.desk;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Map;
import news.broadsheet.account.User;
import news.broadsheet.desk.DeskError;
import news.broadsheet.desk.DeskException;
import news.broadsheet.desk.DeskService;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.desk.Previews;
import news.broadsheet.desk.RevisionDiff;
import news.broadsheet.desk.StaleRevisionException;
import news.broadsheet.desk.StoryDraft;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.page.TemplateRenderer;
import news.broadsheet.web.staff.StaffGuard;
import news.broadsheet.web.staff.StaffSection;

/**
 * The story editor: a new story, an existing one, and the form's steps (save, submit, publish,
 * schedule, preview), with the images sent along. A refused step shows the form again as typed
 * with the reason beside its field; a save over a newer revision shows both versions (409).
 */
final class DeskEditorHandlers {

  private final DeskParts parts;
  private final EditorPages pages;
  private final DeskUploads uploads;

  DeskEditorHandlers(DeskParts parts) {
    this.parts = parts;
    this.pages = new EditorPages(parts);
    this.uploads = new DeskUploads(parts.media());
  }

  private DeskService stories() {
    return parts.desk().stories();
  }

  /** {@code GET /desk/new}. */
  void newStory(Context ctx) {
    User user = StaffGuard.user(ctx);
    render(ctx, user, null, pages.blank(user), Map.of(), null, null);
  }

  /** {@code GET /desk/stories/{id}}. */
  void edit(Context ctx) {
    User user = StaffGuard.user(ctx);
    DeskStory story = stories().open(user, Params.id(ctx, "id"));
    render(ctx, user, story, pages.values(story), Map.of(), null, DeskNotices.of(ctx.queryParam("done"), story, parts));
  }

  /** {@code POST /desk/stories}: the first save of a new story, with the step asked for. */
  void create(Context ctx) {
    submit(ctx, null, StoryForm.of(ctx));
  }

  /** {@code POST /desk/stories/{id}}. */
  void save(Context ctx) {
    DeskStory current = stories().open(StaffGuard.user(ctx), Params.id(ctx, "id"));
    submit(ctx, current, StoryForm.of(ctx));
  }

  private void submit(Context ctx, DeskStory current, StoryForm sent) {
    User user = StaffGuard.user(ctx);
    StoryForm form = sent;
    DeskStory saved = null;
    try {
      form = uploads.apply(sent, user);
      StoryDraft draft = form.draft();
      Instant at = form.action().equals("schedule") ? required(form.publishAt(parts.zone())) : null;
      if (form.action().equals("preview")) {
        Previews.Preview preview = parts.desk().previews().of(user, current == null ? null : current.id(), draft);
        TemplateRenderer.send(ctx, parts.preview().render(preview.article(), preview.details()).getBytes(
            java.nio.charset.StandardCharsets.UTF_8));
        return;
      }
      saved = current == null ? stories().create(user, draft) : stories().save(user, current.id(), form.revision(), draft);
      saved = next(user, saved, form.action(), at);
      ctx.redirect("/desk/stories/" + saved.id() + "?done=" + form.action(), HttpStatus.SEE_OTHER);
    } catch (StaleRevisionException stale) {
      conflict(ctx, form, stale);
    } catch (StoryForm.FieldProblem problem) {
      refuse(ctx, user, saved == null ? current : saved, form, Map.of(problem.field, problem.getMessage()), null, 422);
    } catch (DeskException refused) {
      DeskStory shown = saved != null ? saved : current;
      Map<String, String> errors = refused.field() == null ? Map.of() : Map.of(refused.field(), refused.getMessage());
      refuse(ctx, user, shown, saved != null ? form(shown) : form, errors,
          refused.field() == null || saved != null ? refused.getMessage() : null, status(refused.error()));
    }
  }

  /** The step after the save: submit, publish now, or schedule. */
  private DeskStory next(User user, DeskStory saved, String action, Instant at) {
    return switch (action) {
      case "submit" -> stories().submit(user, saved.id());
      case "publish" -> stories().publish(user, saved.id(), null);
      case "schedule" -> stories().publish(user, saved.id(), at);
      default -> saved;
    };
  }

  private static Instant required(Instant at) {
    if (at == null) {
      throw new StoryForm.FieldProblem("publishAt", "Give the date and time to publish at.");
    }
    return at;
  }

  private StoryForm form(DeskStory story) {
    return new StoryForm(pages.values(story), story.revision(), "save",
        new StoryForm.Upload(null, 0, null, "", "", ""), new StoryForm.Upload(null, 0, null, "", "", ""));
  }

  private void refuse(Context ctx, User user, DeskStory story, StoryForm form, Map<String, String> errors, String problem,
      int status) {
    render(ctx, user, story, form.fields(), errors,
        problem != null ? problem : "The story was not saved: " + firstOf(errors), null);
    ctx.status(status);
  }

  private static String firstOf(Map<String, String> errors) {
    return errors.isEmpty() ? "see below." : errors.values().iterator().next();
  }

  private void render(Context ctx, User user, DeskStory story, Map<String, String> values, Map<String, String> errors,
      String problem, String notice) {
    String title = story == null ? "New story" : "Edit: " + story.content().headline();
    parts.templates().render(ctx, "staff/desk/editor.jte",
        pages.page(parts.layout().frame(ctx, StaffSection.DESK, title), user, story, values, errors, problem, notice));
  }

  private void conflict(Context ctx, StoryForm form, StaleRevisionException stale) {
    DeskStory theirs = stale.current();
    StoryDraft mine;
    try {
      mine = form.draft();
    } catch (RuntimeException unreadable) {
      mine = theirs.content();
    }
    parts.templates().render(ctx, "staff/desk/conflict.jte", new ConflictPage(
        parts.layout().frame(ctx, StaffSection.DESK, "Saved meanwhile: " + theirs.content().headline()),
        theirs.id(), form.fields(), pages.values(theirs), stale.latest().accountName(), theirs.revision(),
        parts.layout().times().show(stale.latest().createdAt()), RevisionDiff.between(theirs.content(), mine, parts.desk().sections()::nameOf)));
    ctx.status(HttpStatus.CONFLICT);
  }

  static int status(DeskError error) {
    return switch (error) {
      case INVALID -> 422;
      case NOT_ALLOWED -> 403;
      case NOT_FOUND -> 404;
      case WRONG_STATUS, STALE_REVISION -> 409;
    };
  }
}

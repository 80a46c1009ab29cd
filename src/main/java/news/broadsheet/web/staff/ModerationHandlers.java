package news.broadsheet.web.staff;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.broadsheet.account.User;
import news.broadsheet.moderation.ModerationException;
import news.broadsheet.moderation.ModerationService;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.moderation.ModeratorDecision;
import news.broadsheet.moderation.QueueFilter;
import news.broadsheet.moderation.QueueTab;
import news.broadsheet.moderation.SanctionService;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.page.TemplateRenderer;

/**
 * The moderation queue and the decisions taken from it, on comments and on their commenters
 * (POST, then back to the same tab).
 */
final class ModerationHandlers {

  static final int PER_PAGE = 50;
  /** What a moderator may choose for a commenter: suspensions of some days, or a ban. */
  static final List<String> SANCTION_LENGTHS = List.of("1", "7", "30", "ban");

  private final ModerationService moderation;
  private final SanctionService sanctions;
  private final ModerationViews views;
  private final StaffLayout layout;
  private final TemplateRenderer templates;

  ModerationHandlers(
      ModerationService moderation,
      SanctionService sanctions,
      ModerationViews views,
      StaffLayout layout,
      TemplateRenderer templates) {
    this.moderation = moderation;
    this.sanctions = sanctions;
    this.views = views;
    this.layout = layout;
    this.templates = templates;
  }

  void queue(Context ctx) {
    QueueTab tab = QueueTab.fromCode(ctx.queryParam("tab")).orElse(QueueTab.PENDING);
    String story = blankToEmpty(ctx.queryParam("story"));
    String commenter = blankToEmpty(ctx.queryParam("commenter"));
    String text = blankToEmpty(ctx.queryParam("text"));
    QueueFilter filter = new QueueFilter(storyId(story), commenter, text);
    var items = moderation.queue(tab, filter, PER_PAGE, 0);
    List<ModerationPage.Tab> tabs = new ArrayList<>();
    for (QueueTab each : QueueTab.values()) {
      tabs.add(new ModerationPage.Tab(each.code(), label(each), "/admin/moderation?" + query(each.code(), story, commenter, text),
          moderation.count(each, filter), each == tab));
    }
    templates.render(ctx, "admin/moderation.jte", new ModerationPage(
        layout.frame(ctx, StaffSection.QUEUE, "Queue"), tab.code(), tabs,
        story, commenter, text, views.entries(items), views.classifierStatus()));
  }

  /** {@code POST /admin/moderation/comments/{id}} with action and reason. */
  void decide(Context ctx) {
    decideAll(ctx, List.of(Params.id(ctx, "id")));
  }

  /** {@code POST /admin/moderation/bulk} with ids (checked) and one action for all. */
  void bulk(Context ctx) {
    List<Long> ids = new ArrayList<>();
    for (String id : ctx.formParams("ids")) {
      try {
        ids.add(Long.parseLong(id.strip()));
      } catch (NumberFormatException notANumber) {
        throw new BadRequestResponse("not a comment id");
      }
    }
    decideAll(ctx, ids);
  }

  /**
   * {@code POST /admin/moderation/comments/{id}/sanction} with length (days of a suspension, or
   * ban) and reason: bans or suspends the comment's commenter, an account or a guest.
   */
  void sanction(Context ctx) {
    long id = Params.id(ctx, "id");
    String length = blankToEmpty(ctx.formParam("length"));
    if (!SANCTION_LENGTHS.contains(length)) {
      throw new BadRequestResponse("length is 1, 7 or 30 (days of a suspension) or ban");
    }
    try {
      sanctions.sanctionCommenterOf(
          id, length.equals("ban") ? null : Duration.ofDays(Long.parseLong(length)), ctx.formParam("reason"), moderator(ctx));
    } catch (ModerationException refused) {
      throw new BadRequestResponse(refused.getMessage());
    }
    backToQueue(ctx);
  }

  private void decideAll(Context ctx, List<Long> ids) {
    ModeratorDecision decision = decision(ctx.formParam("action"));
    String reason = blankToEmpty(ctx.formParam("reason"));
    try {
      if (!ids.isEmpty()) {
        moderation.decideAll(decision, ids, moderator(ctx), reason.isEmpty() ? null : reason);
      }
    } catch (ModerationException refused) {
      throw new BadRequestResponse(refused.getMessage());
    }
    backToQueue(ctx);
  }

  private static Moderator moderator(Context ctx) {
    User user = StaffGuard.user(ctx);
    return new Moderator(user.id(), user.name());
  }

  /** Back to the tab and filters the form was sent from. */
  private static void backToQueue(Context ctx) {
    String back = query(blankToEmpty(ctx.formParam("tab")), blankToEmpty(ctx.formParam("story")),
        blankToEmpty(ctx.formParam("commenter")), blankToEmpty(ctx.formParam("filterText")));
    ctx.redirect("/admin/moderation?" + back, HttpStatus.SEE_OTHER);
  }

  private static ModeratorDecision decision(String action) {
    try {
      return ModeratorDecision.valueOf(action == null ? "" : action.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new BadRequestResponse("action is approve, reject or spam");
    }
  }

  private static Long storyId(String story) {
    try {
      return story.isEmpty() ? null : Long.parseLong(story);
    } catch (NumberFormatException notANumber) {
      return -1L;
    }
  }

  static String query(String tab, String story, String commenter, String text) {
    String query = "tab=" + encode(tab.isEmpty() ? QueueTab.PENDING.code() : tab);
    query += story.isEmpty() ? "" : "&story=" + encode(story);
    query += commenter.isEmpty() ? "" : "&commenter=" + encode(commenter);
    return query + (text.isEmpty() ? "" : "&text=" + encode(text));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  private static String label(QueueTab tab) {
    String words = tab.code().replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}

package news.broadsheet.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/** The moderation queue and the decisions taken from it (POST, then back to the same tab). */
final class ModerationHandlers {

  static final int PER_PAGE = 50;

  private final ModerationService moderation;
  private final ModerationViews views;
  private final ReaderCookies cookies;
  private final TemplateRenderer templates;

  ModerationHandlers(ModerationService moderation, ModerationViews views, ReaderCookies cookies, TemplateRenderer templates) {
    this.moderation = moderation;
    this.views = views;
    this.cookies = cookies;
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
        PageMeta.unlisted("Moderation"), cookies.formToken(ctx), StaffGuard.user(ctx).name(), tab.code(), tabs,
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

  private void decideAll(Context ctx, List<Long> ids) {
    ModeratorDecision decision = decision(ctx.formParam("action"));
    User user = StaffGuard.user(ctx);
    String reason = blankToEmpty(ctx.formParam("reason"));
    try {
      if (!ids.isEmpty()) {
        moderation.decideAll(decision, ids, new Moderator(user.id(), user.name()), reason.isEmpty() ? null : reason);
      }
    } catch (ModerationException refused) {
      throw new BadRequestResponse(refused.getMessage());
    }
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

package news.broadsheet.web.staff.insight;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import news.broadsheet.insight.Reaction;
import news.broadsheet.insight.ReactionService;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.page.TemplateRenderer;
import news.broadsheet.web.staff.StaffLayout;
import news.broadsheet.web.staff.StaffSection;

/** {@code /admin/stories/{id}/reactions} and its tables as CSV ({@code ?format=csv&table=}). */
public final class ReactionHandlers {

  private final ReactionService reactions;
  private final StaffLayout layout;
  private final TemplateRenderer templates;

  ReactionHandlers(ReactionService reactions, StaffLayout layout, TemplateRenderer templates) {
    this.reactions = reactions;
    this.layout = layout;
    this.templates = templates;
  }

  public void reactions(Context ctx) {
    long id = Params.id(ctx, "id");
    boolean csv = CsvResponse.wantsCsv(ctx, InsightPaths.reactions(id));
    Reaction reaction = reactions.reaction(id).orElseThrow(() -> new NotFoundResponse("no such story"));
    ReactionPage page = ReactionPages.page(
        layout.frame(ctx, StaffSection.DASHBOARD, "Reactions: " + reaction.article().story().headline()), reaction);
    if (csv) {
      CsvResponse.send(ctx, page.table(String.valueOf(ctx.queryParam("table"))), "story-" + id, InsightPaths.reactions(id));
    } else {
      templates.render(ctx, "admin/reactions.jte", page);
    }
  }
}

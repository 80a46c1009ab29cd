package news.broadsheet.web.staff.desk;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import news.broadsheet.account.AccountException;
import news.broadsheet.account.ApiTokens;
import news.broadsheet.account.IssuedToken;
import news.broadsheet.account.User;
import news.broadsheet.desk.Author;
import news.broadsheet.desk.DeskException;
import news.broadsheet.web.page.SiteNavigation;
import news.broadsheet.web.staff.StaffGuard;
import news.broadsheet.web.staff.StaffSection;

/** Author profiles ({@code /desk/authors}), the site's sections ({@code /desk/sections}) and one's API tokens. */
final class NewsroomHandlers {

  private final DeskParts parts;
  private final ApiTokens tokens;
  private final SiteNavigation navigation;

  NewsroomHandlers(DeskParts parts, ApiTokens tokens) {
    this.parts = parts;
    this.tokens = tokens;
    this.navigation = parts.templates().navigation();
  }

  void authors(Context ctx) {
    Author editing = ctx.queryParam("edit") == null ? null : parts.desk().authors().bySlug(ctx.queryParam("edit"))
        .orElseThrow(() -> new NotFoundResponse("no such author"));
    Map<String, String> values = editing == null ? Map.of() : Map.of("name", editing.name(), "bio", editing.bio());
    render(ctx, StaffSection.AUTHORS, "staff/desk/authors.jte", "Authors", editing, null, Map.of(), values, null);
  }

  /** {@code POST /desk/authors/{slug}} with name and bio. */
  void describeAuthor(Context ctx) {
    String slug = ctx.pathParam("slug");
    try {
      parts.desk().authors().describe(slug, ctx.formParam("name"), ctx.formParam("bio"));
      ctx.redirect("/desk/authors#author-" + slug, HttpStatus.SEE_OTHER);
    } catch (DeskException refused) {
      if (refused.field() == null) {
        throw refused;
      }
      Author editing = parts.desk().authors().bySlug(slug).orElseThrow();
      render(ctx, StaffSection.AUTHORS, "staff/desk/authors.jte", "Authors", editing, null,
          Map.of(refused.field(), refused.getMessage()), typed(ctx, "name", "bio"), null);
      ctx.status(422);
    }
  }

  void sections(Context ctx) {
    render(ctx, StaffSection.SECTIONS, "staff/desk/sections.jte", "Sections", null, null, Map.of(), Map.of(), null);
  }

  /** {@code POST /desk/sections} with name and navigation: a new section, last in the navigation. */
  void addSection(Context ctx) {
    sectionStep(ctx, () -> parts.desk().sections().add(ctx.formParam("name"), "on".equals(ctx.formParam("navigation"))));
  }

  /** {@code POST /desk/sections/{slug}} with name, navigation and position. */
  void changeSection(Context ctx) {
    String slug = ctx.pathParam("slug");
    sectionStep(ctx, () -> {
      parts.desk().sections().change(slug, ctx.formParam("name"), "on".equals(ctx.formParam("navigation")));
      if (ctx.formParam("position") != null && !ctx.formParam("position").isBlank()) {
        parts.desk().sections().move(slug, position(ctx.formParam("position")));
      }
      return null;
    });
  }

  private void sectionStep(Context ctx, java.util.function.Supplier<Object> step) {
    try {
      step.get();
      navigation.changed();
      ctx.redirect("/desk/sections", HttpStatus.SEE_OTHER);
    } catch (DeskException refused) {
      if (refused.field() == null) {
        throw refused;
      }
      render(ctx, StaffSection.SECTIONS, "staff/desk/sections.jte", "Sections", null, null,
          Map.of(refused.field(), refused.getMessage()), typed(ctx, "name"), null);
      ctx.status(422);
    }
  }

  void tokens(Context ctx) {
    render(ctx, StaffSection.DESK, "staff/desk/tokens.jte", "API tokens", null, null, Map.of(), Map.of(), null);
  }

  /** {@code POST /desk/tokens} with a label: a new token, shown once. */
  void issueToken(Context ctx) {
    User user = StaffGuard.user(ctx);
    try {
      IssuedToken issued = tokens.issue(user.name(), ctx.formParam("label"));
      render(ctx, StaffSection.DESK, "staff/desk/tokens.jte", "API tokens", null, issued.secret(), Map.of(), Map.of(),
          "Copy the token now: it is not shown again.");
    } catch (AccountException refused) {
      render(ctx, StaffSection.DESK, "staff/desk/tokens.jte", "API tokens", null, null,
          Map.of("label", refused.getMessage()), typed(ctx, "label"), null);
      ctx.status(422);
    }
  }

  /** {@code POST /desk/tokens/{id}/revoke}. */
  void revokeToken(Context ctx) {
    try {
      tokens.revoke(StaffGuard.user(ctx).name(), Long.parseLong(ctx.pathParam("id")));
    } catch (NumberFormatException | AccountException unknown) {
      throw new NotFoundResponse("no such token");
    }
    ctx.redirect("/desk/tokens", HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, StaffSection section, String template, String title, Author editing, String secret,
      Map<String, String> errors, Map<String, String> values, String notice) {
    User user = StaffGuard.user(ctx);
    List<news.broadsheet.account.ApiToken> own = section == StaffSection.DESK ? tokens.tokensOf(user.name()) : List.of();
    parts.templates().render(ctx, template, new NewsroomPage(parts.layout().frame(ctx, section, title),
        parts.desk().authors().all(), editing, parts.desk().sections().all(), own, secret, errors, values, notice));
  }

  private static Map<String, String> typed(Context ctx, String... fields) {
    Map<String, String> values = new java.util.HashMap<>();
    for (String field : fields) {
      values.put(field, ctx.formParam(field) == null ? "" : ctx.formParam(field));
    }
    return values;
  }

  private static int position(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException notANumber) {
      throw new DeskException(news.broadsheet.desk.DeskError.INVALID, "position", "A position is a whole number, 1 for first.");
    }
  }
}

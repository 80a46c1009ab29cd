package news.broadsheet.web.staff.desk;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.account.Permission;
import news.broadsheet.account.User;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.desk.DeskListItem;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.staff.StaffGuard;
import news.broadsheet.web.staff.StaffSection;

/** {@code GET /desk?status=&page=}: the stories on the desk, latest change first. */
final class DeskListHandlers {

  static final int PER_PAGE = 50;

  private final DeskParts parts;

  DeskListHandlers(DeskParts parts) {
    this.parts = parts;
  }

  void list(Context ctx) {
    User user = StaffGuard.user(ctx);
    StoryStatus status = StoryStatus.fromCode(ctx.queryParam("status")).orElse(null);
    int page = Params.page(ctx);
    List<DeskListItem> found = parts.desk().board().stories(user, status, PER_PAGE + 1, (page - 1) * PER_PAGE);
    List<DeskListPage.Row> rows = found.stream().limit(PER_PAGE).map(this::row).toList();
    String query = status == null ? "/desk?" : "/desk?status=" + status.code() + "&";
    parts.templates().render(ctx, "staff/desk/list.jte", new DeskListPage(
        parts.layout().frame(ctx, StaffSection.DESK, "Desk"), tabs(status), rows, page,
        page > 1 ? query + "page=" + (page - 1) : null, found.size() > PER_PAGE ? query + "page=" + (page + 1) : null,
        user.can(Permission.EDIT_ANY_STORY)));
  }

  private DeskListPage.Row row(DeskListItem item) {
    var times = parts.layout().times();
    return new DeskListPage.Row(item.headline(), "/desk/stories/" + item.id(), item.status().label(),
        item.status().code().replace('_', '-'), item.authors(), item.modifiedAt() == null ? null : times.show(item.modifiedAt()),
        item.modifiedBy(), item.publishAt() == null ? null : times.show(item.publishAt()));
  }

  private static List<DeskListPage.Tab> tabs(StoryStatus current) {
    List<DeskListPage.Tab> tabs = new ArrayList<>();
    tabs.add(new DeskListPage.Tab("All", "/desk", current == null));
    for (StoryStatus status : StoryStatus.values()) {
      String label = Character.toUpperCase(status.label().charAt(0)) + status.label().substring(1);
      tabs.add(new DeskListPage.Tab(label, "/desk?status=" + status.code(), status == current));
    }
    return tabs;
  }
}

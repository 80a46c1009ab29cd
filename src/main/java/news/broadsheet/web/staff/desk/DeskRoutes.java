package news.broadsheet.web.staff.desk;

import java.util.List;
import news.broadsheet.App;
import news.broadsheet.account.Permission;
import news.broadsheet.web.page.SiteParts;
import news.broadsheet.web.page.StoryPreview;
import news.broadsheet.web.staff.StaffLayout;
import news.broadsheet.web.staff.StaffRoute;

/** The desk's staff routes, each with the permission it needs; the server puts each behind the staff guard. */
public final class DeskRoutes {

  private DeskRoutes() {}

  public static List<StaffRoute> all(App app, SiteParts parts, StaffLayout layout, StoryPreview preview) {
    DeskParts desk = new DeskParts(app.desk(), app.media(), app.settings(), layout, parts.templates(), preview,
        app.config().defaultZone());
    DeskListHandlers list = new DeskListHandlers(desk);
    DeskEditorHandlers editor = new DeskEditorHandlers(desk);
    DeskActionHandlers actions = new DeskActionHandlers(desk);
    RevisionHandlers revisions = new RevisionHandlers(desk);
    NewsroomHandlers newsroom = new NewsroomHandlers(desk, app.apiTokens());
    Permission write = Permission.WRITE_STORIES;
    Permission edit = Permission.EDIT_ANY_STORY;
    return List.of(
        new StaffRoute("GET", "/desk", write, list::list),
        new StaffRoute("GET", "/desk/new", write, editor::newStory),
        new StaffRoute("POST", "/desk/stories", write, editor::create),
        new StaffRoute("GET", "/desk/stories/{id}", write, editor::edit),
        new StaffRoute("POST", "/desk/stories/{id}", write, editor::save),
        new StaffRoute("POST", "/desk/stories/{id}/autosave", write, actions::autosave),
        new StaffRoute("GET", "/desk/stories/{id}/revisions", write, revisions::revisions),
        new StaffRoute("POST", "/desk/stories/{id}/restore", write, revisions::restore),
        new StaffRoute("POST", "/desk/stories/{id}/unpublish", edit, actions::unpublish),
        new StaffRoute("POST", "/desk/stories/{id}/return", edit, actions::returnToDraft),
        new StaffRoute("POST", "/desk/stories/{id}/corrections", edit, actions::correct),
        new StaffRoute("GET", "/desk/tokens", write, newsroom::tokens),
        new StaffRoute("POST", "/desk/tokens", write, newsroom::issueToken),
        new StaffRoute("POST", "/desk/tokens/{id}/revoke", write, newsroom::revokeToken),
        new StaffRoute("GET", "/desk/authors", Permission.MANAGE_AUTHORS, newsroom::authors),
        new StaffRoute("POST", "/desk/authors/{slug}", Permission.MANAGE_AUTHORS, newsroom::describeAuthor),
        new StaffRoute("GET", "/desk/sections", Permission.MANAGE_SECTIONS, newsroom::sections),
        new StaffRoute("POST", "/desk/sections", Permission.MANAGE_SECTIONS, newsroom::addSection),
        new StaffRoute("POST", "/desk/sections/{slug}", Permission.MANAGE_SECTIONS, newsroom::changeSection));
  }
}

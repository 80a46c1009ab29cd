package news.broadsheet.desk;

import java.util.List;
import news.broadsheet.account.Permission;
import news.broadsheet.account.User;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.storage.Database;

/** The desk's list of stories, latest change first: an editor sees every story, a writer their own. */
public final class DeskBoard {

  private final Database database;
  private final DeskListStore store;

  DeskBoard(Database database, DeskListStore store) {
    this.database = database;
    this.store = store;
  }

  /**
   * One page of the list.
   *
   * @param status only stories of this status, or null for all
   */
  public List<DeskListItem> stories(User by, StoryStatus status, int limit, int offset) {
    if (!by.can(Permission.WRITE_STORIES)) {
      throw DeskException.notAllowed("Your role does not work on stories.");
    }
    Long own = by.can(Permission.EDIT_ANY_STORY) ? null : by.id();
    return database.read(handle -> store.page(handle, status, own, limit, offset));
  }
}

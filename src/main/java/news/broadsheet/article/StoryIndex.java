package news.broadsheet.article;

import java.time.YearMonth;
import java.util.List;
import news.broadsheet.storage.Database;

/** The archive's table of contents: stories counted by month, by day and by source. */
public final class StoryIndex {

  private final Database database;
  private final StoryIndexStore store;

  public StoryIndex(Database database, StoryIndexStore store) {
    this.database = database;
    this.store = store;
  }

  public List<MonthCount> months() {
    return database.read(store::months);
  }

  public List<DayCount> days(YearMonth month) {
    return database.read(handle -> store.days(handle, month));
  }

  public List<SourceCount> sources() {
    return database.read(store::sources);
  }
}

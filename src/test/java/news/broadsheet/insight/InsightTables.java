package news.broadsheet.insight;

import news.broadsheet.testing.DatabaseKind;
import org.jdbi.v3.core.Handle;

/** Takes the aggregates and their triggers away, as a database was before the migration V70. */
final class InsightTables {

  private InsightTables() {}

  static void dropAll(Handle handle, DatabaseKind kind) {
    for (String table : new String[] {"insight_hours", "insight_story_days", "insight_commenters",
        "insight_commenter_days", "insight_reasons", "insight_holds"}) {
      handle.execute("DROP TABLE " + table);
    }
    if (kind == DatabaseKind.SQLITE) {
      for (String trigger : new String[] {"insight_comment_added", "insight_comment_decided", "insight_comment_deleted",
          "insight_comment_held", "insight_hold_decided"}) {
        handle.execute("DROP TRIGGER " + trigger);
      }
    } else {
      handle.execute("DROP FUNCTION insight_comment_changed() CASCADE");
      handle.execute("DROP FUNCTION insight_hold_changed() CASCADE");
      handle.execute("DROP FUNCTION insight_count(comments, INTEGER, BOOLEAN)");
      handle.execute("DROP FUNCTION insight_reason_kinds(TEXT)");
      handle.execute("DROP FUNCTION insight_commenter(BIGINT, TEXT)");
    }
  }
}

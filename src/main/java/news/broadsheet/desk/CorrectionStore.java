package news.broadsheet.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Reads correction notes: the revisions of kind 'corrected'. */
public final class CorrectionStore {

  private static final String SELECT =
      "SELECT r.article_id, r.revision, r.note, r.created_at, r.account_name, a.headline, a.slug"
          + " FROM story_revisions r JOIN articles a ON a.id = r.article_id WHERE r.kind = 'corrected'";

  /** A story's corrections, oldest first (as the foot of the story lists them). */
  public List<Correction> ofStory(Handle handle, long storyId) {
    return handle.createQuery(SELECT + " AND r.article_id = ? ORDER BY r.revision").bind(0, storyId)
        .map((rs, ctx) -> correction(rs)).list();
  }

  /** Corrections of published stories, newest first, a page at a time. */
  public List<Correction> published(Handle handle, int limit, int offset) {
    return handle
        .createQuery(SELECT + " AND a.status = 'published' ORDER BY r.created_at DESC, r.article_id DESC, r.revision DESC"
            + " LIMIT :limit OFFSET :offset")
        .bind("limit", limit)
        .bind("offset", offset)
        .map((rs, ctx) -> correction(rs))
        .list();
  }

  private static Correction correction(ResultSet rs) throws SQLException {
    return new Correction(rs.getLong("article_id"), rs.getInt("revision"), rs.getString("note"),
        Instant.ofEpochMilli(rs.getLong("created_at")), rs.getString("account_name"), rs.getString("headline"),
        rs.getString("slug"));
  }
}

package news.broadsheet.desk;

import java.util.List;
import news.broadsheet.article.ArticleRows;
import news.broadsheet.article.StoryStatus;
import org.jdbi.v3.core.Handle;

/** The desk's list of the stories it has saved, latest change first. */
public final class DeskListStore {

  /**
   * One page of the list.
   *
   * @param status only stories of this status, or null for all
   * @param createdBy only stories this account created, or null for everyone's
   */
  public List<DeskListItem> page(Handle handle, StoryStatus status, Long createdBy, int limit, int offset) {
    var query = handle
        .createQuery("SELECT a.id, a.headline, a.status, a.revision, a.byline_authors, a.modified_at, a.published_at,"
            + " a.publish_at, a.slug, r.account_name FROM articles a"
            + " LEFT JOIN story_revisions r ON r.article_id = a.id AND r.revision = a.revision"
            + " WHERE a.revision > 0" + (status == null ? "" : " AND a.status = :status")
            + (createdBy == null ? "" : " AND a.created_by = :createdBy")
            + " ORDER BY a.modified_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
    if (status != null) {
      query.bind("status", status.code());
    }
    if (createdBy != null) {
      query.bind("createdBy", createdBy);
    }
    return query
        .bind("limit", limit)
        .bind("offset", offset)
        .map((rs, ctx) -> new DeskListItem(
            rs.getLong("id"),
            rs.getString("headline"),
            StoryStatus.fromCode(rs.getString("status")).orElseThrow(),
            rs.getInt("revision"),
            rs.getString("byline_authors") == null ? "" : rs.getString("byline_authors"),
            ArticleRows.instant(rs, "modified_at"),
            rs.getString("account_name") == null ? "" : rs.getString("account_name"),
            ArticleRows.instant(rs, "published_at"),
            ArticleRows.instant(rs, "publish_at"),
            rs.getString("slug")))
        .list();
  }
}

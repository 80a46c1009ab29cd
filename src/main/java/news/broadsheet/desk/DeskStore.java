package news.broadsheet.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.ArticleRows;
import news.broadsheet.article.Story;
import news.broadsheet.article.StoryColumns;
import org.jdbi.v3.core.Handle;

/**
 * The desk's reads and writes of the articles table: a story's whole state in one statement, and
 * a save that takes effect only over the revision it started from.
 */
public final class DeskStore {

  private static final String COLUMNS =
      ArticleRows.A_COLUMNS + ", a.revision, a.lead_media, a.comments_mode, a.publish_at, a.created_by, a.modified_at,"
          + " s.slug AS section_slug";
  private static final String STATE =
      "source = :source, published_on = :publishedOn, headline = :headline, byline_authors = :authors,"
          + " updated_on = :updatedOn, updated_day_padded = :padded, dateline = :dateline, body = :body,"
          + " print_publication = :publication, print_date = :printDate, body_format = :format, slug = :slug,"
          + " status = :status, standfirst = :standfirst, section_id = :sectionId, lead_media = :leadMedia,"
          + " published_at = :publishedAt, updated_at = :updatedAt, publish_at = :publishAt,"
          + " revision = :revision, modified_at = :modifiedAt, comments_closed = :closed, comments_mode = :mode";

  public Optional<DeskRow> find(Handle handle, long id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM articles a LEFT JOIN sections s ON s.id = a.section_id WHERE a.id = ?")
        .bind(0, id)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  /** Stores a new story at revision 0, to be given its state by {@link #write}; its id. */
  public long insert(Handle handle, DeskStory state, Story story) {
    return handle
        .createUpdate("INSERT INTO articles (source, published_on, headline, body, zone, slug, created_at, created_by)"
            + " VALUES (?, ?, ?, '', ?, ?, ?, ?)")
        .bind(0, story.source())
        .bind(1, story.publishedOn().toString())
        .bind(2, story.headline())
        .bind(3, state.zone().getId())
        .bind(4, state.slug())
        .bind(5, state.modifiedAt().toEpochMilli())
        .bind(6, state.createdBy())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /**
   * Writes a story's whole state, provided its latest revision is still {@code expectedRevision}.
   *
   * @return whether it was written (false: another save came first)
   */
  public boolean write(Handle handle, DeskStory state, Story story, Long sectionId, int expectedRevision) {
    return handle
        .createUpdate("UPDATE articles SET " + STATE + " WHERE id = :id AND revision = :expected")
        .bindMap(values(state, story, sectionId))
        .bind("id", state.id())
        .bind("expected", expectedRevision)
        .execute() > 0;
  }

  /** Stories whose scheduled time has come, earliest first. */
  public List<Long> due(Handle handle, long now, int limit) {
    return handle
        .createQuery("SELECT id FROM articles WHERE status = 'scheduled' AND publish_at <= ? ORDER BY publish_at, id LIMIT ?")
        .bind(0, now)
        .bind(1, limit)
        .mapTo(Long.class)
        .list();
  }

  private static Map<String, Object> values(DeskStory state, Story story, Long sectionId) {
    Map<String, Object> values = new java.util.HashMap<>(StoryColumns.of(story));
    values.put("slug", state.slug());
    values.put("status", state.status().code());
    values.put("standfirst", state.content().standfirst().isEmpty() ? null : state.content().standfirst());
    values.put("sectionId", sectionId);
    values.put("leadMedia", state.content().leadMedia().isEmpty() ? null : state.content().leadMedia());
    values.put("publishedAt", millis(state.publishedAt()));
    values.put("updatedAt", millis(state.updatedAt()));
    values.put("publishAt", millis(state.publishAt()));
    values.put("revision", state.revision());
    values.put("modifiedAt", millis(state.modifiedAt()));
    values.put("closed", state.content().commentsMode() == CommentsMode.CLOSED);
    values.put("mode", state.content().commentsMode().code());
    return values;
  }

  private static Long millis(java.time.Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  private static DeskRow row(ResultSet rs) throws SQLException {
    long createdBy = rs.getLong("created_by");
    Long creator = rs.wasNull() ? null : createdBy;
    return new DeskRow(
        ArticleRows.article(rs),
        rs.getInt("revision"),
        rs.getString("section_slug"),
        rs.getString("lead_media"),
        CommentsMode.fromCode(rs.getString("comments_mode")).orElse(CommentsMode.OPEN),
        ArticleRows.instant(rs, "publish_at"),
        creator,
        ArticleRows.instant(rs, "modified_at"));
  }
}

package news.broadsheet.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes author profiles and which authors wrote which story. */
public final class AuthorStore {

  private static final String COLUMNS = "id, name, slug, bio, account_id";

  public Optional<Author> bySlug(Handle handle, String slug) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM authors WHERE slug = ?").bind(0, slug)
        .map((rs, ctx) -> author(rs)).findOne();
  }

  public List<Author> all(Handle handle) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM authors ORDER BY name, id").map((rs, ctx) -> author(rs)).list();
  }

  public long insert(Handle handle, String name, String slug, long now) {
    return handle.createUpdate("INSERT INTO authors (name, slug, created_at) VALUES (?, ?, ?)")
        .bind(0, name).bind(1, slug).bind(2, now)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  public boolean update(Handle handle, long id, String name, String bio, Long accountId) {
    return handle.createUpdate("UPDATE authors SET name = ?, bio = ?, account_id = ? WHERE id = ?")
        .bind(0, name).bind(1, bio).bind(2, accountId).bind(3, id).execute() > 0;
  }

  /** The story's authors, in byline order. */
  public List<Author> ofStory(Handle handle, long articleId) {
    return handle
        .createQuery("SELECT a.id, a.name, a.slug, a.bio, a.account_id FROM story_authors s"
            + " JOIN authors a ON a.id = s.author_id WHERE s.article_id = ? ORDER BY s.position")
        .bind(0, articleId)
        .map((rs, ctx) -> author(rs))
        .list();
  }

  public void link(Handle handle, long articleId, List<Long> authorIds) {
    handle.createUpdate("DELETE FROM story_authors WHERE article_id = ?").bind(0, articleId).execute();
    for (int i = 0; i < authorIds.size(); i++) {
      handle.createUpdate("INSERT INTO story_authors (article_id, author_id, position) VALUES (?, ?, ?)")
          .bind(0, articleId).bind(1, authorIds.get(i)).bind(2, i).execute();
    }
  }

  private static Author author(ResultSet rs) throws SQLException {
    long account = rs.getLong("account_id");
    Long accountId = rs.wasNull() ? null : account;
    return new Author(rs.getLong("id"), rs.getString("name"), rs.getString("slug"), rs.getString("bio"), accountId);
  }
}

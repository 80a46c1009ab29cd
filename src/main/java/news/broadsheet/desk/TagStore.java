package news.broadsheet.desk;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes tags and which story carries which. */
public final class TagStore {

  public Optional<Tag> bySlug(Handle handle, String slug) {
    return handle.createQuery("SELECT id, name, slug FROM tags WHERE slug = ?").bind(0, slug)
        .map((rs, ctx) -> new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("slug"))).findOne();
  }

  public long insert(Handle handle, String name, String slug) {
    return handle.createUpdate("INSERT INTO tags (name, slug) VALUES (?, ?)").bind(0, name).bind(1, slug)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  /** The story's tags, in the order the desk gave them. */
  public List<Tag> ofStory(Handle handle, long articleId) {
    return handle
        .createQuery("SELECT t.id, t.name, t.slug FROM story_tags s JOIN tags t ON t.id = s.tag_id"
            + " WHERE s.article_id = ? ORDER BY s.position")
        .bind(0, articleId)
        .map((rs, ctx) -> new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("slug")))
        .list();
  }

  public void link(Handle handle, long articleId, List<Long> tagIds) {
    handle.createUpdate("DELETE FROM story_tags WHERE article_id = ?").bind(0, articleId).execute();
    for (int i = 0; i < tagIds.size(); i++) {
      handle.createUpdate("INSERT INTO story_tags (article_id, tag_id, position) VALUES (?, ?, ?)")
          .bind(0, articleId).bind(1, tagIds.get(i)).bind(2, i).execute();
    }
  }
}

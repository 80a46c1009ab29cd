package news.broadsheet.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes the site's sections. */
public final class SectionStore {

  private static final String COLUMNS = "id, name, slug, position, in_navigation";

  /** Every section, in navigation order. */
  public List<Section> all(Handle handle) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM sections ORDER BY position, id").map((rs, ctx) -> section(rs)).list();
  }

  public Optional<Section> bySlug(Handle handle, String slug) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM sections WHERE slug = ?").bind(0, slug)
        .map((rs, ctx) -> section(rs)).findOne();
  }

  public Optional<Section> byId(Handle handle, long id) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM sections WHERE id = ?").bind(0, id)
        .map((rs, ctx) -> section(rs)).findOne();
  }

  public long insert(Handle handle, String name, String slug, int position, boolean inNavigation, long now) {
    return handle
        .createUpdate("INSERT INTO sections (name, slug, position, in_navigation, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(0, name).bind(1, slug).bind(2, position).bind(3, inNavigation).bind(4, now)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  public void update(Handle handle, Section section) {
    handle.createUpdate("UPDATE sections SET name = ?, position = ?, in_navigation = ? WHERE id = ?")
        .bind(0, section.name()).bind(1, section.position()).bind(2, section.inNavigation()).bind(3, section.id())
        .execute();
  }

  private static Section section(ResultSet rs) throws SQLException {
    return new Section(rs.getLong("id"), rs.getString("name"), rs.getString("slug"), rs.getInt("position"),
        rs.getBoolean("in_navigation"));
  }
}

package news.broadsheet.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes images and their renditions. The only place that knows the media tables. */
public final class MediaStore {

  private static final String COLUMNS =
      "m.media_key, m.format, m.width, m.height, m.alt, m.caption, m.credit,"
          + " (SELECT STRING_AGG(CAST(r.width AS TEXT), ',') FROM media_renditions r WHERE r.media_key = m.media_key)"
          + " AS widths";

  public boolean exists(Handle handle, String key) {
    return handle.createQuery("SELECT COUNT(*) FROM media WHERE media_key = ?").bind(0, key).mapTo(Long.class).one() > 0;
  }

  public void insert(Handle handle, String key, MediaFormat format, MediaText text, Long accountId, long now,
      List<Rendition> renditions) {
    Rendition widest = renditions.get(renditions.size() - 1);
    handle
        .createUpdate(
            "INSERT INTO media (media_key, format, width, height, alt, caption, credit, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, key)
        .bind(1, format.code())
        .bind(2, widest.width())
        .bind(3, widest.height())
        .bind(4, text.alt())
        .bind(5, text.caption())
        .bind(6, text.credit())
        .bind(7, accountId)
        .bind(8, now)
        .execute();
    for (Rendition rendition : renditions) {
      handle
          .createUpdate("INSERT INTO media_renditions (media_key, width, height, data) VALUES (?, ?, ?, ?)")
          .bind(0, key)
          .bind(1, rendition.width())
          .bind(2, rendition.height())
          .bind(3, rendition.bytes())
          .execute();
    }
  }

  public Optional<Media> find(Handle handle, String key) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM media m WHERE m.media_key = ?")
        .bind(0, key)
        .map((rs, ctx) -> media(rs))
        .findOne();
  }

  public Optional<byte[]> rendition(Handle handle, String key, int width) {
    return handle
        .createQuery("SELECT data FROM media_renditions WHERE media_key = ? AND width = ?")
        .bind(0, key)
        .bind(1, width)
        .mapTo(byte[].class)
        .findOne();
  }

  public void updateText(Handle handle, String key, MediaText text) {
    handle
        .createUpdate("UPDATE media SET alt = ?, caption = ?, credit = ? WHERE media_key = ?")
        .bind(0, text.alt())
        .bind(1, text.caption())
        .bind(2, text.credit())
        .bind(3, key)
        .execute();
  }

  private static Media media(ResultSet rs) throws SQLException {
    List<Integer> widths =
        Arrays.stream(rs.getString("widths").split(",")).map(Integer::valueOf).sorted().toList();
    return new Media(
        rs.getString("media_key"),
        MediaFormat.fromCode(rs.getString("format")),
        rs.getInt("width"),
        rs.getInt("height"),
        rs.getString("alt"),
        rs.getString("caption"),
        rs.getString("credit"),
        widths);
  }
}

package news.broadsheet.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Byline;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.comment.CommentStatus;
import org.jdbi.v3.core.Handle;

/**
 * The SQL search runs the same on both databases: reading the stories and comments it indexes,
 * and reading what it found. The index itself differs by database ({@link IndexStore}).
 */
final class SearchStore {

  private static final String FOUND =
      " FROM search_documents d JOIN articles a ON a.id = d.article_id"
          + " LEFT JOIN comments c ON d.kind = 'comment' AND c.id = d.item_id WHERE d.id IN (<keys>)";

  List<IndexedItem> comments(Handle handle, Collection<Long> ids) {
    return handle.createQuery("SELECT c.id, c.article_id, c.name, c.body, c.status, c.posted_at, a.source, a.section_id,"
            + " a.status AS story_status FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.id IN (<ids>)")
        .bindList("ids", List.copyOf(ids))
        .map((rs, ctx) -> new IndexedItem(DocumentKind.COMMENT, rs.getLong("id"), rs.getLong("article_id"),
            CommentStatus.fromCode(rs.getString("status")) == CommentStatus.PUBLISHED && shown(rs),
            Math.floorDiv(rs.getLong("posted_at"), 1000), rs.getString("source"), sectionOf(rs),
            List.of(rs.getString("name")), List.of(rs.getString("body"))))
        .list();
  }

  List<IndexedItem> stories(Handle handle, Collection<Long> ids) {
    return handle.createQuery("SELECT id, source, section_id, published_on, zone, headline, standfirst, byline_authors,"
            + " dateline, body, status AS story_status FROM articles WHERE id IN (<ids>)")
        .bindList("ids", List.copyOf(ids))
        .map((rs, ctx) -> story(rs))
        .list();
  }

  private static IndexedItem story(ResultSet rs) throws SQLException {
    String authors = rs.getString("byline_authors");
    String dateline = rs.getString("dateline");
    String body = rs.getString("body");
    long second = LocalDate.parse(rs.getString("published_on")).atStartOfDay(ZoneId.of(rs.getString("zone"))).toEpochSecond();
    String standfirst = rs.getString("standfirst");
    return new IndexedItem(DocumentKind.STORY, rs.getLong("id"), rs.getLong("id"), shown(rs), second, rs.getString("source"),
        sectionOf(rs), authors == null ? List.of() : Byline.namesIn(authors),
        List.of(rs.getString("headline"), standfirst == null ? "" : standfirst, authors == null ? "" : authors,
            dateline == null ? body : dateline + ": " + body));
  }

  private static Long sectionOf(ResultSet rs) throws SQLException {
    long section = rs.getLong("section_id");
    return rs.wasNull() ? null : section;
  }

  /** The id of the section with this address name, if there is one. */
  Optional<Long> sectionId(Handle handle, String slug) {
    return handle.createQuery("SELECT id FROM sections WHERE slug = ?").bind(0, slug).mapTo(Long.class).findOne();
  }

  /** Whether readers may see the story (of a row with its {@code story_status}): a published one. */
  private static boolean shown(ResultSet rs) throws SQLException {
    return StoryStatus.PUBLISHED.code().equals(rs.getString("story_status"));
  }

  /** The documents with their headline and the first {@code chars} characters of their text. */
  List<Candidate> candidates(Handle handle, Collection<Long> keys, int chars) {
    return handle.createQuery("SELECT d.id, d.kind, a.headline, a.standfirst, a.byline_authors, a.dateline,"
            + " substr(COALESCE(c.body, a.body), 1, :chars) AS text" + FOUND)
        .bindList("keys", List.copyOf(keys))
        .bind("chars", chars)
        .map((rs, ctx) -> candidate(rs))
        .list();
  }

  private static Candidate candidate(ResultSet rs) throws SQLException {
    DocumentKind kind = DocumentKind.fromCode(rs.getString("kind"));
    if (kind == DocumentKind.COMMENT) {
      return new Candidate(rs.getLong("id"), kind, null, null, rs.getString("text"));
    }
    return new Candidate(rs.getLong("id"), kind, rs.getString("headline"), rs.getString("byline_authors"), storyText(rs));
  }

  /** A story's text as search ranks and quotes it: its standfirst, then its dateline and body. */
  private static String storyText(ResultSet rs) throws SQLException {
    String standfirst = rs.getString("standfirst");
    String dateline = rs.getString("dateline");
    String body = dateline == null ? rs.getString("text") : dateline + ": " + rs.getString("text");
    return standfirst == null || standfirst.isBlank() ? body : standfirst + "\n\n" + body;
  }

  /**
   * The documents as results; only those readers may see now (a story and a comment are checked
   * against their status again, whatever the index says).
   */
  List<StoredHit> visibleHits(Handle handle, Collection<Long> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return handle.createQuery("SELECT d.id, d.kind, d.item_id, d.article_id, a.headline, a.slug, a.source,"
            + " a.published_on, a.standfirst, a.byline_authors, a.dateline, c.name, c.posted_at, COALESCE(c.body, a.body) AS text" + FOUND
            + " AND d.visible AND a.status = 'published' AND (d.kind = 'story' OR c.status = 'published')")
        .bindList("keys", List.copyOf(keys))
        .map((rs, ctx) -> hit(rs))
        .list();
  }

  private static StoredHit hit(ResultSet rs) throws SQLException {
    DocumentKind kind = DocumentKind.fromCode(rs.getString("kind"));
    long posted = rs.getLong("posted_at");
    Long postedAt = rs.wasNull() ? null : posted;
    String text = kind == DocumentKind.STORY ? storyText(rs) : rs.getString("text");
    return new StoredHit(rs.getLong("id"), kind, rs.getLong("item_id"), rs.getLong("article_id"), rs.getString("headline"),
        rs.getString("slug"), rs.getString("source"), rs.getString("published_on"), rs.getString("byline_authors"),
        rs.getString("name"), postedAt, text);
  }
}

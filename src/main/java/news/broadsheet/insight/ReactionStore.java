package news.broadsheet.insight;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reads what the reaction page needs beyond a story's comments: commenters' first comments, recommenders, a sample of the site. */
public final class ReactionStore {

  private static final int CHUNK = 500;

  /** A published comment's story and text, for the site's sample. */
  record SampledText(long articleId, String text) {}

  /** When each of these commenters first wrote on the site (epoch milliseconds). */
  Map<String, Long> firstComments(Handle handle, Collection<String> commenters) {
    Map<String, Long> first = new HashMap<>();
    List<String> all = List.copyOf(commenters);
    for (int from = 0; from < all.size(); from += CHUNK) {
      handle.createQuery("SELECT commenter, first_at FROM insight_commenters WHERE commenter IN (<keys>)")
          .bindList("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
          .map((rs, ctx) -> Map.entry(rs.getString("commenter"), rs.getLong("first_at")))
          .forEach(entry -> first.put(entry.getKey(), entry.getValue()));
    }
    return first;
  }

  /** How many readers recommended at least one comment of the story. */
  long recommenders(Handle handle, long articleId) {
    return handle
        .createQuery("SELECT COUNT(DISTINCT r.reader_key) FROM recommendations r JOIN comments c ON c.id = r.comment_id"
            + " WHERE c.article_id = ?")
        .bind(0, articleId)
        .mapTo(Long.class)
        .one();
  }

  /** The lowest and highest comment ids, or null when there are no comments. */
  long[] idRange(Handle handle) {
    return handle.createQuery("SELECT MIN(id), MAX(id) FROM comments")
        .map((rs, ctx) -> {
          long min = rs.getLong(1);
          return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
        })
        .one();
  }

  /** The published comments among these ids. */
  List<SampledText> published(Handle handle, List<Long> ids) {
    return handle.createQuery("SELECT article_id, body FROM comments WHERE id IN (<ids>) AND status = 'published'")
        .bindList("ids", ids)
        .map((rs, ctx) -> new SampledText(rs.getLong("article_id"), rs.getString("body")))
        .list();
  }

  /** The first published comments by id, at most {@code limit}. */
  List<SampledText> firstPublished(Handle handle, int limit) {
    return handle.createQuery("SELECT article_id, body FROM comments WHERE status = 'published' ORDER BY id LIMIT ?")
        .bind(0, limit)
        .map((rs, ctx) -> new SampledText(rs.getLong("article_id"), rs.getString("body")))
        .list();
  }
}

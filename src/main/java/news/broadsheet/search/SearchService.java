package news.broadsheet.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * Finds the stories and published comments readers may see, best first (see {@link ParsedQuery}
 * for what a search may say, {@link Ranking} for the order and {@link ResultBands} for paging).
 * Results are read from the database's own index, so every node answers the same.
 */
public final class SearchService {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 50;
  /** The widest range of seconds a document id holds (see {@link DocumentKey}). */
  private static final long MAX_SECOND = (1L << (63 - DocumentKey.ITEM_BITS)) - 1;

  private final Database database;
  private final SearchStore store = new SearchStore();
  private final IndexStore index;
  private final IndexQueueStore queue;
  private final ZoneId zone;
  /** Whether every document holds its pair terms; once true, it stays true (see migration V43). */
  private volatile boolean byPairs;

  /** @param zone the newsroom's zone, in which a date range's days begin and end */
  public SearchService(Database database, ZoneId zone) {
    this.database = database;
    this.index = IndexStore.forDatabase(database.isSqlite());
    this.queue = new IndexQueueStore(database.isSqlite());
    this.zone = zone;
  }

  public SearchPage search(SearchRequest request) {
    ParsedQuery query = ParsedQuery.parse(request.query());
    if (request.limit() < 1 || request.limit() > MAX_LIMIT) {
      throw new SearchException("limit", "A page has 1 to " + MAX_LIMIT + " results.");
    }
    SearchCursor cursor = request.cursor() == null ? null : SearchCursor.decode(request.cursor());
    long low = request.from() == null ? DocumentKey.first(-MAX_SECOND) : DocumentKey.first(startOf(request.from()));
    long high = request.to() == null ? DocumentKey.last(MAX_SECOND) : DocumentKey.last(startOf(request.to().plusDays(1)) - 1);
    if (low > high) {
      throw new SearchException("to", "The range ends before it starts.");
    }
    return database.read(handle -> {
      Match match = new Match(query, Match.EXACT, facets(handle, request), byPairs(handle));
      List<Ranked> found = new ResultBands(handle, store, index, match, low, high).after(cursor, request.limit() + 1);
      List<Ranked> shown = found.subList(0, Math.min(found.size(), request.limit()));
      Map<Long, StoredHit> stored = store.visibleHits(handle, shown.stream().map(Ranked::key).toList()).stream()
          .collect(Collectors.toMap(StoredHit::key, Function.identity()));
      List<SearchHit> hits = new ArrayList<>(shown.size());
      for (Ranked ranked : shown) {
        StoredHit hit = stored.get(ranked.key());
        if (hit != null) {
          hits.add(hit(hit, match.inTier(ranked.tier())));
        }
      }
      String next = found.size() > request.limit() ? shown.get(shown.size() - 1).cursor().encode() : null;
      return new SearchPage(hits, next);
    });
  }

  private boolean byPairs(Handle handle) {
    if (!byPairs && !queue.pairsPending(handle)) {
      byPairs = true;
    }
    return byPairs;
  }

  private long startOf(LocalDate day) {
    return Math.max(-MAX_SECOND, Math.min(MAX_SECOND, day.atStartOfDay(zone).toEpochSecond()));
  }

  private List<String> facets(Handle handle, SearchRequest request) {
    List<String> facets = new ArrayList<>();
    if (request.kinds().size() == 1) {
      facets.add(Facets.kind(request.kinds().iterator().next()));
    }
    if (request.source() != null && !request.source().isBlank()) {
      facets.add(required("source", Facets.source(request.source())));
    }
    if (request.section() != null && !request.section().isBlank()) {
      facets.add(store.sectionId(handle, request.section().strip()).map(Facets::section).orElseThrow(
          () -> new SearchException("section", "No section has the address name \"" + request.section().strip() + "\".")));
    }
    if (request.author() != null && !request.author().isBlank()) {
      facets.add(required("author", Facets.author(request.author())));
    }
    return facets;
  }

  private static String required(String field, String facet) {
    if (facet == null) {
      throw new SearchException(field, "A " + field + " is named by letters or digits.");
    }
    return facet;
  }

  private static SearchHit hit(StoredHit hit, Match match) {
    boolean story = hit.kind() == DocumentKind.STORY;
    return new SearchHit(hit.kind(), hit.itemId(), hit.articleId(), hit.headline(), hit.slug(), hit.source(),
        LocalDate.parse(hit.publishedOn()), story ? hit.authors() : hit.commenter(),
        hit.postedAtMillis() == null ? null : Instant.ofEpochMilli(hit.postedAtMillis()), Snippet.of(hit.text(), match));
  }
}

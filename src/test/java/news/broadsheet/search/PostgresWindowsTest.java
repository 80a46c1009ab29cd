package news.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import news.broadsheet.testing.DatabaseKind;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On PostgreSQL the newest matches are read window by window, and through the GIN index when the
 * windows show them rare: whichever way, they are the newest matches, neither more nor fewer.
 */
class PostgresWindowsTest {

  @TempDir Path temp;

  @Test
  void windows_of_any_size_find_the_same_newest_matches_as_one_reading_of_every_match() {
    try (SearchFixture f = new SearchFixture(DatabaseKind.POSTGRESQL, temp)) {
      long rain = f.storyId("Rain expected");
      for (int i = 0; i < 40; i++) {
        f.post(rain, "Reader" + i, i % 3 == 0 ? "Nothing has changed in Karachi, comment " + i : "The heat goes on, comment " + i);
      }
      List<PostgresIndexStore> stores = List.of(new PostgresIndexStore(1, 4), new PostgresIndexStore(2, 1_000),
          new PostgresIndexStore(3, 30), new PostgresIndexStore());
      List<Match> matches = List.of(match("karachi"), match("the"), match("\"nothing has changed\""), match("heat -karachi"),
          match("zzzunknown"), new Match(ParsedQuery.parse("karachi"), Match.EXACT, List.of(Facets.kind(DocumentKind.STORY)), true),
          new Match(ParsedQuery.parse("the"), Match.EXACT, List.of(Facets.kind(DocumentKind.COMMENT)), true));
      f.app.database().read(handle -> {
        long newest = handle.createQuery("SELECT MAX(id) FROM search_documents").mapTo(Long.class).one();
        for (Match match : matches) {
          for (int limit : new int[] {1, 3, 7, 200}) {
            for (long high : new long[] {Long.MAX_VALUE, newest - 1}) {
              List<Long> expected = everyMatch(handle, match, high, limit);
              for (PostgresIndexStore store : stores) {
                assertThat(store.newest(handle, match, true, Long.MIN_VALUE, high, limit))
                    .as("%s, limit %d", TsQuery.of(match), limit).isEqualTo(expected);
              }
            }
          }
        }
        assertThat(everyMatch(handle, match("karachi"), Long.MAX_VALUE, 200)).hasSizeGreaterThan(10);
        return null;
      });
    }
  }

  private static Match match(String words) {
    return new Match(ParsedQuery.parse(words), Match.EXACT, List.of(), true);
  }

  private static List<Long> everyMatch(Handle handle, Match match, long high, int limit) {
    List<Long> all = handle.createQuery("SELECT id FROM search_documents WHERE visible AND terms @@ CAST(? AS tsquery)"
            + " AND id <= ? ORDER BY id DESC")
        .bind(0, TsQuery.of(match)).bind(1, high).mapTo(Long.class).list();
    return all.subList(0, Math.min(limit, all.size()));
  }
}

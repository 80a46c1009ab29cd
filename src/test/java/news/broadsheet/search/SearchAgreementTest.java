package news.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.broadsheet.testing.DatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same queries on the same stories and comments give the same pages on SQLite and PostgreSQL. */
class SearchAgreementTest {

  private static final List<SearchRequest> QUERIES = List.of(
      SearchRequest.of("relation"), SearchRequest.of("pakistan"), SearchRequest.of("nahi maante"),
      SearchRequest.of("nahi"), SearchRequest.of("\"nahi\""), SearchRequest.of("peace -afghanistan"),
      SearchRequest.of("\"good relations\""), SearchRequest.of("\"the minister said\""), SearchRequest.of("the"), SearchRequest.of("karachi rain"),
      SearchRequest.of("پاكستان"), SearchRequest.of("نہیں"), SearchRequest.of("US"), SearchRequest.of("trump"),
      SearchRequest.of("workers").withKinds(Set.of(DocumentKind.COMMENT)),
      SearchRequest.of("karachi").withKinds(Set.of(DocumentKind.STORY)),
      new SearchRequest("pakistan", Set.of(), "dawn.com", null, null, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), null, 4),
      new SearchRequest("good", Set.of(), null, null, "Anwar Mahmood", null, null, null, 20));

  @TempDir Path sqliteTemp;
  @TempDir Path postgresTemp;

  @Test
  void both_databases_give_the_same_pages_in_the_same_order() {
    try (SearchFixture sqlite = new SearchFixture(DatabaseKind.SQLITE, sqliteTemp);
        SearchFixture postgres = new SearchFixture(DatabaseKind.POSTGRESQL, postgresTemp)) {
      for (SearchRequest query : QUERIES) {
        List<SearchPage> onSqlite = allPages(sqlite, query);
        assertThat(allPages(postgres, query)).as(query.query()).isEqualTo(onSqlite);
      }
      assertThat(allPages(sqlite, SearchRequest.of("pakistan"))).hasSizeGreaterThan(2).first()
          .satisfies(page -> assertThat(page.hits()).hasSize(5));
    }
  }

  private static List<SearchPage> allPages(SearchFixture f, SearchRequest first) {
    List<SearchPage> pages = new ArrayList<>();
    SearchRequest request = first.limit() == 4 ? first : new SearchRequest(first.query(), first.kinds(), first.source(),
        first.section(), first.author(), first.from(), first.to(), null, 5);
    for (SearchPage page = f.app.search().search(request); ; page = f.app.search().search(request.withCursor(page.nextCursor()))) {
      pages.add(page);
      if (page.nextCursor() == null) {
        return pages;
      }
    }
  }
}

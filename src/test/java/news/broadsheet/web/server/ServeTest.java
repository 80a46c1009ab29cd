package news.broadsheet.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site as a newcomer first meets it. */
class ServeTest {

  @TempDir Path temp;

  @Test
  void an_empty_site_offers_the_demo_story_with_its_comments() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      assertThat(site.app().demo().offerIfEmpty()).isTrue();
      assertThat(site.app().demo().offerIfEmpty()).isFalse();
      var front = site.get("/");
      assertThat(front.statusCode()).isEqualTo(200);
      assertThat(front.body()).contains("canal library opens its doors after a decade of repairs");
    }
  }

  @Test
  void the_reference_story_shows_all_its_comments_at_a_stable_address() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long id = site.app().articles().latest(1, 0).get(0).id();
      var wrongSlug = site.get("/news/" + id + "/old-headline");
      assertThat(wrongSlug.statusCode()).isEqualTo(301);
      String location = wrongSlug.headers().firstValue("Location").orElseThrow();
      assertThat(location).endsWith("/news/" + id + "/us-pakistan-inch-towards-better-relations");
      var page = site.get("/news/" + id + "/us-pakistan-inch-towards-better-relations");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Dr. Salaria, Aamir Ahmad").contains("Mar 03, 2018 09:48am").contains("Laton key bhoot baton sey nahin mantey.");
      assertThat(page.body().split("class=\"comment\"", -1)).hasSize(27);
    }
  }

  @Test
  void unknown_pages_get_a_helpful_404_and_health_is_reported() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      var missing = site.get("/news/424242/nothing");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.body()).contains("latest stories");
      assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
    }
  }
}

package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import news.broadsheet.comment.CommentSort;
import news.broadsheet.web.page.PageCoding;
import news.broadsheet.web.reader.StoryFastPath.StoryAddress;
import org.junit.jupiter.api.Test;

class StoryFastPathTest {

  @Test
  void recognises_story_pages_with_only_an_order_and_a_page() {
    assertThat(StoryAddress.parse("/news/12/some-slug", null)).isEqualTo(new StoryAddress(12, "some-slug", CommentSort.OLDEST, 1));
    assertThat(StoryAddress.parse("/news/12/some-slug", "sort=newest&page=3"))
        .isEqualTo(new StoryAddress(12, "some-slug", CommentSort.NEWEST, 3));
  }

  @Test
  void leaves_every_other_address_to_the_routes() {
    for (String path : new String[] {"/", "/news/12", "/news/12/", "/news//slug", "/news/x/slug", "/news/12/slug/comments/3", "/news/12/a%20b", "/archive/2018-03-03"}) {
      assertThat(StoryAddress.parse(path, null)).as(path).isNull();
    }
    for (String query : new String[] {"posted=pending", "sort=best", "page=0", "page=x", "page=99999999999", "sort=newest&utm=1"}) {
      assertThat(StoryAddress.parse("/news/12/slug", query)).as(query).isNull();
    }
  }

  @Test
  void gzip_is_taken_when_named_without_a_zero_weight() {
    for (String accepted : new String[] {"gzip", "gzip, deflate, br", "br;q=1.0, GZIP;q=0.5", " deflate ,gzip"}) {
      assertThat(PageCoding.accepts(accepted, "gzip")).as(accepted).isTrue();
    }
    for (String refused : new String[] {"", "br", "identity", "gzip;q=0", "gzip; q=0.000", "x-gzip2"}) {
      assertThat(PageCoding.accepts(refused, "gzip")).as(refused).isFalse();
    }
  }

  @Test
  void brotli_is_preferred_whenever_named_without_a_zero_weight_and_gzip_otherwise() {
    for (String accepted : new String[] {"br", "gzip, deflate, br, zstd", "gzip;q=1.0, BR;q=0.1"}) {
      assertThat(PageCoding.preferred(accepted)).as(accepted).isEqualTo(PageCoding.BROTLI);
    }
    for (String gzipOnly : new String[] {"gzip", "br;q=0, gzip", "gzip, brotli", "gzip, x-br"}) {
      assertThat(PageCoding.preferred(gzipOnly)).as(gzipOnly).isEqualTo(PageCoding.GZIP);
    }
    for (String neither : new String[] {"", "identity", "deflate, zstd", "br;q=0.0, gzip;q=0"}) {
      assertThat(PageCoding.preferred(neither)).as(neither).isNull();
    }
  }
}

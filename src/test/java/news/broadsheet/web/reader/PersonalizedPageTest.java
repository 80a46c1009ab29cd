package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonalizedPageTest {

  private final PersonalizedPage.Holes holes = PersonalizedPage.Holes.random();

  @Test
  void fills_every_hole_with_the_readers_token_and_escaped_name() {
    String html = "<input value=\"" + holes.token() + "\"><p>é</p><input value=\"" + holes.name() + "\">"
        + "<input value=\"" + holes.token() + "\">";
    byte[] filled = PersonalizedPage.of(html, holes).fill("TOKEN", "\"><script>");
    assertThat(new String(filled, StandardCharsets.UTF_8))
        .isEqualTo("<input value=\"TOKEN\"><p>é</p><input value=\"&#34;>&lt;script>\"><input value=\"TOKEN\">");
  }

  @Test
  void a_page_without_holes_comes_back_as_it_is() {
    assertThat(new String(PersonalizedPage.of("<p>plain</p>", holes).fill("T", "N"), StandardCharsets.UTF_8)).isEqualTo("<p>plain</p>");
  }

  @Test
  void every_server_marks_its_holes_differently() {
    assertThat(PersonalizedPage.Holes.random().token()).isNotEqualTo(holes.token());
  }
}

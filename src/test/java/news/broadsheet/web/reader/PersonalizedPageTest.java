package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonalizedPageTest {

  private static byte[] bytes(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private final PersonalizedPage.Holes holes = PersonalizedPage.Holes.random();

  @Test
  void fills_every_hole_with_the_readers_token_and_escaped_name() {
    String html = "<input value=\"" + holes.token() + "\"><p>é</p><input value=\"" + holes.name() + "\">"
        + "<input value=\"" + holes.token() + "\">";
    byte[] filled = PersonalizedPage.of(bytes(html), holes).fill("TOKEN", "\"><script>");
    assertThat(new String(filled, StandardCharsets.UTF_8))
        .isEqualTo("<input value=\"TOKEN\"><p>é</p><input value=\"&#34;>&lt;script>\"><input value=\"TOKEN\">");
  }

  @Test
  void a_page_without_holes_comes_back_as_it_is() {
    assertThat(new String(PersonalizedPage.of(bytes("<p>plain</p>"), holes).fill("T", "N"), StandardCharsets.UTF_8)).isEqualTo("<p>plain</p>");
  }

  @Test
  void holes_at_either_end_and_side_by_side_are_filled_and_other_marks_are_left_as_they_are() {
    String other = PersonalizedPage.Holes.random().token();
    String html = holes.name() + holes.token() + "<p>" + other + "</p>" + holes.token();
    byte[] filled = PersonalizedPage.of(bytes(html), holes).fill("T", "N");
    assertThat(new String(filled, StandardCharsets.UTF_8)).isEqualTo("NT<p>" + other + "</p>T");
  }

  @Test
  void every_server_marks_its_holes_differently() {
    assertThat(PersonalizedPage.Holes.random().token()).isNotEqualTo(holes.token());
  }
}

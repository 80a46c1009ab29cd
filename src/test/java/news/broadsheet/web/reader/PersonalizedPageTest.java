package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import news.broadsheet.testing.Compressed;
import news.broadsheet.web.page.PageCoding;
import org.junit.jupiter.api.Test;

class PersonalizedPageTest {

  private final PersonalizedPage.Holes holes = PersonalizedPage.Holes.random();

  /** A page written piece by piece, as a template writes it. */
  private PersonalizedPage page(String... pieces) {
    return PersonalizedPage.of(
        holes,
        output -> {
          for (String piece : pieces) {
            output.writeContent(piece);
          }
        });
  }

  private static String text(byte[] page) {
    return new String(page, StandardCharsets.UTF_8);
  }

  @Test
  void fills_every_hole_with_the_readers_token_and_escaped_name() {
    byte[] filled =
        page("<input value=\"", holes.token(), "\"><p>é</p><input value=\"", holes.name(), "\">", "<input value=\"", holes.token(), "\">")
            .fill("TOKEN", "\"><script>");
    assertThat(text(filled))
        .isEqualTo("<input value=\"TOKEN\"><p>é</p><input value=\"&#34;>&lt;script>\"><input value=\"TOKEN\">");
  }

  @Test
  void a_page_without_holes_comes_back_as_it_is() {
    assertThat(text(page("<p>plain</p>").fill("T", "N"))).isEqualTo("<p>plain</p>");
  }

  @Test
  void holes_at_either_end_and_side_by_side_are_filled_and_a_copy_of_a_mark_is_text_like_any_other() {
    String copy = new String(holes.token().toCharArray()); // equal, but not the mark itself
    byte[] filled = page(holes.name(), holes.token(), "<p>", copy, "</p>", holes.token()).fill("T", "N");
    assertThat(text(filled)).isEqualTo("NT<p>" + copy + "</p>T");
  }

  @Test
  void a_reader_with_neither_token_nor_name_gets_the_page_with_its_holes_empty() {
    assertThat(text(page("<a>", holes.token(), "</a>", holes.name()).fill("", ""))).isEqualTo("<a></a>");
  }

  @Test
  void each_compressed_copy_is_made_once_and_unpacks_to_the_blank_page() throws Exception {
    PersonalizedPage page = page("<p>", "words ".repeat(500), holes.token(), "</p>", holes.name());

    byte[] brotli = page.compressedBlank(PageCoding.BROTLI);
    byte[] gzip = page.compressedBlank(PageCoding.GZIP);

    assertThat(page.compressedBlank(PageCoding.BROTLI)).isSameAs(brotli);
    assertThat(page.compressedBlank(PageCoding.GZIP)).isSameAs(gzip);
    assertThat(text(Compressed.unbrotli(brotli))).isEqualTo("<p>" + "words ".repeat(500) + "</p>");
    assertThat(text(Compressed.gunzip(gzip))).isEqualTo("<p>" + "words ".repeat(500) + "</p>");
  }

  @Test
  void a_mark_written_in_pieces_fails_rather_than_lose_its_hole() {
    assertThatThrownBy(() -> PersonalizedPage.of(holes, (TemplateOutput output) -> output.writeContent(holes.token(), 0, 4)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void every_server_marks_its_holes_differently() {
    assertThat(PersonalizedPage.Holes.random().token()).isNotEqualTo(holes.token());
  }
}

package news.broadsheet.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.Story;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaFormat;
import org.junit.jupiter.api.Test;

class StoryBodyTest {

  private static final String KEY = "0123456789abcdef01234567";
  private static final Media PHOTO = new Media(KEY, MediaFormat.JPEG, 1280, 853, "Cranes at the port", "The new cranes",
      "Photo: Ayesha Khan", List.of(320, 640, 960, 1280));

  private final StoryBody body = new StoryBody(key -> key.equals(KEY) ? Optional.of(PHOTO) : Optional.empty());

  private String html(String dateline, String markup) {
    return body.html(new Story("BROADSHEET", LocalDate.of(2026, 11, 28), "Headline", null, dateline,
        List.of(markup.split("\n\n")), null, BodyFormat.COMMONMARK));
  }

  @Test
  void subheadings_emphasis_links_quotes_and_lists_become_html_under_the_headline() {
    String html = html("KARACHI", "Traffic *recovered*, [the trust](https://example.org/r) said.\n\n# Cranes\n\n"
        + "## Waits\n\n> Waits fell.\n\n- one\n- two\n\n1. first");
    assertThat(html).startsWith("<p><span class=\"dateline\">KARACHI:</span> Traffic <em>recovered</em>, "
        + "<a href=\"https://example.org/r\">the trust</a> said.</p>");
    assertThat(html).contains("<h2>Cranes</h2>", "<h2>Waits</h2>", "<blockquote>", "<li>one</li>", "<ol>");
  }

  @Test
  void raw_html_never_passes_and_only_web_and_mail_links_survive() {
    String html = html(null, "<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> "
        + "[a](javascript:alert(1)) [b](java\tscript:alert(1)) [c](data:text/html,x) [d](/news/1/x) [e](mailto:a@b.org)");
    assertThat(html).doesNotContain("<script", "<img", "javascript:", "data:");
    assertThat(html).contains("&lt;script&gt;", "href=\"/news/1/x\"", "href=\"mailto:a@b.org\"", "<a>a</a>", "<a>c</a>");
  }

  @Test
  void an_image_of_the_sites_own_alone_in_its_paragraph_is_a_figure_with_every_width() {
    String html = html(null, "Before.\n\n![](media:" + KEY + " \"Cranes unloading a ship\")\n\nAfter.");
    assertThat(html).contains("<figure class=\"figure\"><img src=\"/media/" + KEY + "/640.jpg\" srcset=\"/media/" + KEY
        + "/320.jpg 320w, /media/" + KEY + "/640.jpg 640w, /media/" + KEY + "/960.jpg 960w, /media/" + KEY
        + "/1280.jpg 1280w\"");
    assertThat(html).contains("width=\"640\" height=\"427\" alt=\"Cranes at the port\"");
    assertThat(html).contains("<figcaption>Cranes unloading a ship <span class=\"credit\">Photo: Ayesha Khan</span></figcaption>");
  }

  @Test
  void other_images_are_their_words() {
    String html = html(null, "![a tracker](https://tracker.example/p.gif)\n\nText ![inline](media:" + KEY + ") here."
        + "\n\n![missing](media:ffffffffffffffffffffffff)");
    assertThat(html).doesNotContain("<img", "tracker.example");
    assertThat(html).contains("<p>a tracker</p>", "<p>Text inline here.</p>", "<p class=\"figure-missing\">missing</p>");
  }

  @Test
  void the_lead_is_the_first_paragraph_as_plain_text() {
    Story story = new Story("BROADSHEET", LocalDate.of(2026, 11, 28), "Headline", null, null,
        List.of("![](media:" + KEY + ")", "Traffic *recovered* at [the port](https://x.org).", "More."), null,
        BodyFormat.COMMONMARK);
    assertThat(StoryBody.leadOf(story)).isEqualTo("Traffic recovered at the port.");
  }
}

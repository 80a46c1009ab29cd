package news.broadsheet.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkifierTest {

  private static String html(String text) {
    return Linkifier.paragraph(text).toString();
  }

  @Test
  void escapes_markup_and_keeps_line_breaks() {
    assertThat(html("<b>bold</b> & \"quoted\"\nnext line")).isEqualTo("&lt;b&gt;bold&lt;/b&gt; &amp; \"quoted\"<br>\nnext line");
  }

  @Test
  void links_http_and_https_addresses_without_their_trailing_punctuation() {
    assertThat(html("Read https://dawn.com/news/1, then http://x.org/a_(b).")).isEqualTo(
        "Read <a href=\"https://dawn.com/news/1\" rel=\"nofollow ugc\">https://dawn.com/news/1</a>, then "
            + "<a href=\"http://x.org/a_(b)\" rel=\"nofollow ugc\">http://x.org/a_(b)</a>.");
    assertThat(html("(see https://x.org/page)")).isEqualTo(
        "(see <a href=\"https://x.org/page\" rel=\"nofollow ugc\">https://x.org/page</a>)");
  }

  @Test
  void for_the_staff_addresses_are_marked_but_not_links_and_still_escaped() {
    assertThat(Linkifier.paragraphWithInertLinks("Buy at https://spam.example/?a=1&b=<2> now").toString()).isEqualTo(
        "Buy at <span class=\"inert-link\">https://spam.example/?a=1&amp;b=</span>&lt;2&gt; now");
  }

  @Test
  void leaves_other_schemes_and_bare_prefixes_as_text() {
    assertThat(html("javascript:alert(1) data:text/html,<x> ftp://x.org http://")).isEqualTo(
        "javascript:alert(1) data:text/html,&lt;x&gt; ftp://x.org http://");
  }

  @Test
  void an_address_cannot_break_out_of_its_attribute() {
    assertThat(html("https://x.org/?q=<script>&r='1'")).isEqualTo(
        "<a href=\"https://x.org/?q=\" rel=\"nofollow ugc\">https://x.org/?q=</a>&lt;script&gt;&amp;r='1'");
  }

  @Test
  void an_address_followed_by_a_hundred_thousand_closing_brackets_is_linked_in_linear_time() {
    String text = "See https://x.org/a" + ")".repeat(100_000) + " and (https://y.org/b_(c)]]]]";
    CountingText counted = new CountingText(text);
    String html = Linkifier.paragraph(counted).toString();
    assertThat(html).startsWith("See <a href=\"https://x.org/a\" rel=\"nofollow ugc\">https://x.org/a</a>)))")
        .endsWith(" and (<a href=\"https://y.org/b_(c)\" rel=\"nofollow ugc\">https://y.org/b_(c)</a>]]]]");
    // Each character is looked at a few times (the pattern, the brackets, the trimming), never once
    // per character that follows it: a quadratic trim reads it five billion times.
    assertThat(counted.reads).isLessThan(10L * text.length());
  }

  /** Text that counts how often its characters are read. */
  private static final class CountingText implements CharSequence {
    private final String text;
    long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}

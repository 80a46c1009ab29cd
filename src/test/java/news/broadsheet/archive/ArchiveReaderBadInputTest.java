package news.broadsheet.archive;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static news.broadsheet.archive.ArchiveLines.file;
import static news.broadsheet.archive.ArchiveLines.withoutFinalNewline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that break the format are refused with the file, the exact line and a readable rule. */
class ArchiveReaderBadInputTest {

  private static final String HEADER = " date 2024-05-14 DAWN.COM";
  private static final String HEADLINE = "Port tariffs rise again";

  private final ArchiveReader reader = new ArchiveReader();

  @Test
  void refuses_a_file_without_a_header() {
    assertRefused(file(HEADLINE, "", "The port trust met on Tuesday.", ""), 1, "header");
  }

  @Test
  void refuses_a_header_with_an_impossible_date() {
    assertRefused(file(" date 2018-02-30 DAWN.COM", "", HEADLINE, ""), 1, "2018-02-30", "impossible");
  }

  @Test
  void refuses_a_header_that_names_no_source() {
    assertRefused(file(" date 2024-05-14  ", "", HEADLINE, ""), 1, "no source");
  }

  @Test
  void refuses_a_header_not_followed_by_an_empty_line() {
    assertRefused(file(HEADER, HEADLINE, ""), 2, "header", "empty line");
  }

  @Test
  void refuses_a_file_with_no_headline() {
    assertRefused(file(HEADER, ""), 2, "headline is missing");
  }

  @Test
  void refuses_a_headline_of_only_spaces() {
    assertRefused(file(HEADER, "", "   ", ""), 3, "headline is empty");
  }

  @Test
  void refuses_a_headline_of_two_lines() {
    assertRefused(file(HEADER, "", "Port tariffs", "rise again", ""), 3, "headline must be one line");
  }

  @Test
  void refuses_a_byline_with_an_impossible_updated_date() {
    assertRefused(
        file(HEADER, "", HEADLINE, "", "Nadia HussainUpdated February 30, 2024", ""),
        5,
        "Updated date is impossible");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Feb 30, 2018 10:00am",
        "Jun 01, 2018 13:00pm",
        "Foo 01, 2018 10:00am",
        "Jun 01, 2018 00:30am",
        "Jun 01, 2018 10:60am",
        "jun 01, 2018 10:00am"
      })
  void refuses_an_impossible_comment_time(String time) {
    assertRefused(
        file(HEADER, "", HEADLINE, "", "Body.", "", "Bilal", time, "", "First!", ""),
        8,
        "comment time '" + time + "' is impossible");
  }

  @Test
  void refuses_a_comment_header_with_no_text_at_the_end_of_the_file() {
    assertRefused(
        file(HEADER, "", HEADLINE, "", "Body.", "", "Bilal", "May 14, 2024 10:05am", ""),
        7,
        "comment by 'Bilal' has no text");
  }

  @Test
  void refuses_a_comment_header_with_no_text_before_the_next_comment_header() {
    assertRefused(
        file(
            HEADER, "", HEADLINE, "", "Body.", "",
            "Bilal", "May 14, 2024 10:05am", "",
            "Hina_1987", "May 14, 2024 10:07am", "",
            "Agreed.", ""),
        7,
        "comment by 'Bilal' has no text");
  }

  @Test
  void refuses_bytes_that_are_not_utf8_on_the_line_they_are_on() {
    byte[] latin1 =
        file(HEADER, "", HEADLINE, "", "Body.", "", "Bilal", "May 14, 2024 10:05am", "", "Caf\u00e9 owners complain.", "")
            .getBytes(ISO_8859_1);
    assertRefused(latin1, 10, "not valid UTF-8");
  }

  @Test
  void counts_the_lines_of_a_crlf_file_with_a_byte_order_mark_when_refusing_bad_utf8() {
    byte[] bytes =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            withoutFinalNewline(file(HEADER, "", HEADLINE, "", "Body ")).replace("\n", "\r\n").getBytes(UTF_8),
            new byte[] {(byte) 0xFF},
            "\r\n\r\n".getBytes(UTF_8));
    assertRefused(bytes, 5, "not valid UTF-8");
  }

  @Test
  void refuses_utf8_encoded_surrogates() {
    byte[] bytes =
        concat(
            withoutFinalNewline(file(HEADER, "", HEADLINE, "", "Half a pair: ")).getBytes(UTF_8),
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            "\n\n".getBytes(UTF_8));
    assertRefused(bytes, 5, "not valid UTF-8");
  }

  @Test
  void refuses_a_file_cut_off_in_the_middle_of_a_character() {
    byte[] bytes =
        concat(
            withoutFinalNewline(file(HEADER, "", HEADLINE, "", "Body.", "", "Bilal", "May 14, 2024 10:05am", "", "It\u2019s ")).getBytes(UTF_8),
            new byte[] {(byte) 0xE2, (byte) 0x80});
    assertRefused(bytes, 10, "not valid UTF-8");
  }

  @Test
  void refuses_a_file_cut_off_mid_comment_without_a_final_newline() {
    String cut =
        withoutFinalNewline(file(HEADER, "", HEADLINE, "", "Body.", "", "Bilal", "May 14, 2024 10:05am", "", "The text is cut o"));
    assertRefused(cut, 10, "does not end with an empty line", "cut off");
  }

  @Test
  void refuses_a_file_cut_off_mid_comment_with_only_one_final_newline() {
    String cut = file(HEADER, "", HEADLINE, "", "Body.", "", "Bilal", "May 14, 2024 10:05am", "", "The text is cut off.");
    assertRefused(cut, 10, "does not end with an empty line", "cut off");
  }

  @Test
  void refuses_a_file_cut_off_inside_a_comment_header() {
    String cut = withoutFinalNewline(file(HEADER, "", HEADLINE, "", "Body.", "", "Bilal", "May 14, 20"));
    assertRefused(cut, 8, "cut off");
  }

  @Test
  void refuses_two_empty_lines_in_a_row() {
    assertRefused(file(HEADER, "", HEADLINE, "", "", "Body.", ""), 5, "two empty lines in a row");
  }

  @Test
  void refuses_an_empty_file() {
    assertRefused(new byte[0], 1, "the file is empty");
  }

  @Test
  void refuses_a_file_of_only_a_byte_order_mark() {
    assertRefused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 1, "the file is empty");
  }

  @Test
  void refuses_a_file_that_starts_with_an_empty_line() {
    assertRefused("\n" + file(HEADER, "", HEADLINE, ""), 1, "starts with an empty line");
  }

  @Test
  void refuses_a_carriage_return_left_at_the_end_of_a_line() {
    assertRefused(file(HEADER, "", HEADLINE, "", "Body.\r\r", ""), 5, "carriage return");
    assertRefused(file(HEADER, "", HEADLINE, "", "Body.", "\r\r", ""), 6, "carriage return");
  }

  private void assertRefused(String text, int line, String... ruleWords) {
    assertRefused(text.getBytes(UTF_8), line, ruleWords);
  }

  private void assertRefused(byte[] bytes, int line, String... ruleWords) {
    ArchiveFormatException refused =
        catchThrowableOfType(ArchiveFormatException.class, () -> reader.read("story.txt", bytes));
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.file()).isEqualTo("story.txt");
    assertThat(refused.line()).as(refused.getMessage()).isEqualTo(line);
    assertThat(refused.rule()).contains(ruleWords);
    assertThat(refused.getMessage()).isEqualTo("story.txt:" + line + ": " + refused.rule());
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.writeBytes(part);
    }
    return bytes.toByteArray();
  }
}

package news.broadsheet.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static news.broadsheet.archive.ArchiveLines.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files near the edges of the format that are valid, and read the way a newsroom means them. */
class ArchiveReaderEdgeCaseTest {

  private static final String HEADER = " date 2024-05-14 DAWN.COM";
  private static final String HEADLINE = "Port tariffs rise again";
  private static final String BYLINE = "Nadia HussainUpdated May 14, 2024";
  private static final String CANONICAL =
      file(
          HEADER, "", HEADLINE, "", BYLINE, "",
          "KARACHI: The port trust raised tariffs on Tuesday.  ", "",
          "Importers said they would pass the cost on.", "",
          "Published in Dawn, May 14th, 2024", "",
          "Hina_1987", "May 14, 2024 12:05am", "",
          "Bohat mehnga ho gaya hai.", "",
          "Second paragraph, “quoted”.", "");

  private final ArchiveReader reader = new ArchiveReader();
  private final ArchiveWriter writer = new ArchiveWriter();

  @Test
  void reads_a_crlf_file_as_the_same_story_as_its_lf_original() throws Exception {
    String crlf = CANONICAL.replace("\n", "\r\n");

    assertThat(read(crlf)).isEqualTo(read(CANONICAL));
    assertThat(writer.write(read(crlf))).isEqualTo(CANONICAL);
  }

  @Test
  void reads_a_file_with_a_byte_order_mark_as_the_same_story() throws Exception {
    String withMark = "\uFEFF" + CANONICAL;

    assertThat(read(withMark)).isEqualTo(read(CANONICAL));
    assertThat(writer.write(read(withMark))).isEqualTo(CANONICAL);
  }

  @Test
  void keeps_trailing_spaces_and_curly_quotes() throws Exception {
    ArchivedStory story = read(CANONICAL);

    assertThat(story.story().paragraphs().get(0)).isEqualTo("The port trust raised tariffs on Tuesday.  ");
    assertThat(story.comments().get(0).paragraphs()).containsExactly("Bohat mehnga ho gaya hai.", "Second paragraph, “quoted”.");
    assertThat(story.comments().get(0).postedLocal()).isEqualTo(LocalDateTime.of(2024, 5, 14, 0, 5));
    assertRoundTrips(CANONICAL);
  }

  @Test
  void reads_a_story_with_no_body_paragraphs() throws Exception {
    String text =
        file(HEADER, "", HEADLINE, "", BYLINE, "", "Published in Dawn, May 14th, 2024", "",
            "Bilal", "May 14, 2024 12:30pm", "", "Where is the rest?", "");

    ArchivedStory story = read(text);

    assertThat(story.story().paragraphs()).isEmpty();
    assertThat(story.story().dateline()).isNull();
    assertThat(story.story().printLine().date()).isEqualTo(LocalDate.of(2024, 5, 14));
    assertThat(story.comments()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Bilal"));
    assertRoundTrips(text);
  }

  @Test
  void reads_a_story_of_only_a_header_and_a_headline() throws Exception {
    String text = file(HEADER, "", HEADLINE, "");

    ArchivedStory story = read(text);

    assertThat(story.story().byline()).isNull();
    assertThat(story.story().paragraphs()).isEmpty();
    assertThat(story.story().printLine()).isNull();
    assertThat(story.comments()).isEmpty();
    assertRoundTrips(text);
  }

  @Test
  void reads_a_byline_with_an_empty_author_part_and_an_unpadded_day() throws Exception {
    String text = file(HEADER, "", HEADLINE, "", "Updated May 4, 2024", "", "Body.", "");

    ArchivedStory story = read(text);

    assertThat(story.story().byline().authors()).isEmpty();
    assertThat(story.story().byline().dayZeroPadded()).isFalse();
    assertRoundTrips(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Staff ReporterUpdated Mar 14, 2024",
        "Staff ReporterUpdated may 14, 2024",
        "Staff ReporterUpdated May 14, 24",
        "Staff ReporterUpdated May 014, 2024",
        "Staff ReporterUpdated May 14, 0999",
        "Staff ReporterUpdated May 14, 2024 ",
        "Staff Reporter Updated on May 14, 2024"
      })
  void keeps_byline_looking_text_that_is_not_a_byline_as_the_first_paragraph(String line)
      throws Exception {
    String text = file(HEADER, "", HEADLINE, "", line, "", "Body.", "");

    ArchivedStory story = read(text);

    assertThat(story.story().byline()).isNull();
    assertThat(story.story().paragraphs()).containsExactly(line, "Body.");
    assertRoundTrips(text);
  }

  @Test
  void keeps_a_second_byline_after_the_byline_as_a_paragraph() throws Exception {
    String text = file(HEADER, "", HEADLINE, "", BYLINE, "", "Omar FarooqUpdated May 15, 2024", "");

    ArchivedStory story = read(text);

    assertThat(story.story().byline().authors()).isEqualTo("Nadia Hussain");
    assertThat(story.story().paragraphs()).containsExactly("Omar FarooqUpdated May 15, 2024");
    assertRoundTrips(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Published in Dawn, May 14rd, 2024",
        "Published in Dawn, May 1th, 2024",
        "Published in Dawn, May 14, 2024",
        "Published in Dawn, Mayo 14th, 2024",
        "Published in Dawn, May 14th, 2024."
      })
  void keeps_a_published_in_line_that_is_not_a_print_line_as_the_last_paragraph(String line)
      throws Exception {
    String text = file(HEADER, "", HEADLINE, "", "Body.", "", line, "", "Bilal", "May 14, 2024 09:00am", "", "Hm.", "");

    ArchivedStory story = read(text);

    assertThat(story.story().printLine()).isNull();
    assertThat(story.story().paragraphs()).containsExactly("Body.", line);
    assertRoundTrips(text);
  }

  @Test
  void reads_a_dateline_only_in_capitals_at_the_start_of_the_first_paragraph() throws Exception {
    String text = file(HEADER, "", HEADLINE, "", "Karachi: not a dateline.", "", "LAHORE: nor this one.", "");

    ArchivedStory story = read(text);

    assertThat(story.story().dateline()).isNull();
    assertThat(story.story().paragraphs()).containsExactly("Karachi: not a dateline.", "LAHORE: nor this one.");
    assertRoundTrips(text);
  }

  @Test
  void keeps_a_block_with_a_comment_time_that_is_not_a_two_line_header_as_text() throws Exception {
    String text =
        file(HEADER, "", HEADLINE, "", "Timeline:", "May 14, 2024 09:00am", "tariffs announced", "",
            "May 14, 2024 10:00am", "");

    ArchivedStory story = read(text);

    assertThat(story.comments()).isEmpty();
    assertThat(story.story().paragraphs())
        .containsExactly("Timeline:\nMay 14, 2024 09:00am\ntariffs announced", "May 14, 2024 10:00am");
    assertRoundTrips(text);
  }

  @Test
  void reads_several_comments_by_one_name_and_multi_paragraph_comments() throws Exception {
    String text =
        file(HEADER, "", HEADLINE, "", "Body.", "",
            "سید رضا علی", "May 14, 2024 11:59am", "", "یہ کب تک چلے گا؟", "", "Second thought.", "",
            "سید رضا علی", "May 14, 2024 12:00pm", "", "Phir se?", "");

    ArchivedStory story = read(text);

    assertThat(story.comments()).extracting(ArchivedComment::name).containsOnly("سید رضا علی").hasSize(2);
    assertThat(story.comments().get(0).paragraphs()).hasSize(2);
    assertThat(story.comments().get(1).postedLocal().getHour()).isEqualTo(12);
    assertRoundTrips(text);
  }

  private ArchivedStory read(String text) throws ArchiveFormatException {
    return reader.read("story.txt", text.getBytes(UTF_8));
  }

  private void assertRoundTrips(String text) throws ArchiveFormatException {
    assertThat(writer.write(read(text))).isEqualTo(text);
  }
}

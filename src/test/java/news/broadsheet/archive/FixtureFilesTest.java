package news.broadsheet.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.broadsheet.testing.ReferenceSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The archive fixtures in src/test/resources/archive/, our own writing, round-trip exactly. */
class FixtureFilesTest {

  private final ArchiveReader reader = new ArchiveReader();
  private final ArchiveWriter writer = new ArchiveWriter();

  static List<Path> fixtures() throws IOException, URISyntaxException {
    Path folder = Path.of(FixtureFilesTest.class.getResource("/archive").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void each_fixture_is_written_back_byte_for_byte(Path fixture) throws Exception {
    byte[] original = Files.readAllBytes(fixture);

    ArchivedStory story = reader.read(fixture);

    assertThat(writer.write(story).getBytes(UTF_8)).isEqualTo(original);
  }

  @Test
  void the_fixtures_are_all_there() throws Exception {
    assertThat(fixtures())
        .extracting(file -> file.getFileName().toString())
        .contains(
            "lahore-canal-road-with-comments.txt",
            "no-byline-no-print-line.txt",
            "no-comments.txt",
            "only-a-headline.txt");
  }

  @Test
  void reads_the_lahore_story_with_comments_in_english_urdu_script_and_romanised_urdu() throws Exception {
    ArchivedStory archived = read("lahore-canal-road-with-comments.txt");

    assertThat(archived.story().byline().authors()).isEqualTo("Saima Rehman and Kashif Butt");
    assertThat(archived.story().byline().dayZeroPadded()).isFalse();
    assertThat(archived.story().dateline()).isEqualTo("LAHORE");
    assertThat(archived.story().paragraphs()).hasSize(3);
    assertThat(archived.story().paragraphs().get(1)).endsWith("reporters.  ");
    assertThat(archived.story().printLine().publication()).isEqualTo("Dawn");
    assertThat(archived.comments())
        .extracting(ArchivedComment::name)
        .containsExactly("Col. (R) Anwer, Multan", "Hina_1987", "Bilal-Lhr-92", "Dr. K. Siddiqui, PhD", "Hina_1987");
    assertThat(archived.comments().get(1).text()).startsWith("یہ سڑک");
    assertThat(archived.comments().get(2).text()).startsWith("Yeh kaam");
    assertThat(archived.comments().get(3).paragraphs()).hasSize(3);
    assertThat(archived.comments().get(4).postedLocal()).isEqualTo(LocalDateTime.of(2024, 11, 9, 0, 15));
  }

  @Test
  void reads_the_story_with_no_byline_and_no_print_line() throws Exception {
    ArchivedStory archived = read("no-byline-no-print-line.txt");

    assertThat(archived.story().byline()).isNull();
    assertThat(archived.story().dateline()).isNull();
    assertThat(archived.story().printLine()).isNull();
    assertThat(archived.story().paragraphs()).hasSize(2);
    assertThat(archived.comments()).extracting(ArchivedComment::name).containsExactly("राजेश", "李明");
    assertThat(archived.comments().get(0).postedLocal()).isEqualTo(LocalDateTime.of(2023, 1, 9, 12, 0));
  }

  @Test
  void reads_the_story_with_no_comments() throws Exception {
    ArchivedStory archived = read("no-comments.txt");

    assertThat(archived.story().byline().authors()).isEmpty();
    assertThat(archived.story().byline().dayZeroPadded()).isTrue();
    assertThat(archived.story().dateline()).isEqualTo("ISLAMABAD");
    assertThat(archived.story().printLine()).isNotNull();
    assertThat(archived.comments()).isEmpty();
  }

  @Test
  void no_fixture_copies_a_line_of_the_reference_sample() throws Exception {
    Set<String> sampleLines =
        Files.readAllLines(ReferenceSample.file(), UTF_8).stream()
            .map(String::strip)
            .filter(line -> line.length() >= 20)
            .collect(Collectors.toSet());
    for (Path fixture : fixtures()) {
      assertThat(Files.readAllLines(fixture, UTF_8))
          .as(fixture.getFileName().toString())
          .noneMatch(line -> sampleLines.contains(line.strip()));
    }
  }

  private ArchivedStory read(String name) throws Exception {
    return reader.read(fixtures().stream().filter(f -> f.endsWith(name)).findFirst().orElseThrow());
  }
}

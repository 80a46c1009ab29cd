package news.broadsheet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import news.broadsheet.testing.ReferenceSample;
import org.junit.jupiter.api.Test;

class ReferenceSampleTest {

  private final ArchiveReader reader = new ArchiveReader();
  private final ArchiveWriter writer = new ArchiveWriter();

  @Test
  void writes_the_reference_story_back_byte_for_byte() throws Exception {
    byte[] original = Files.readAllBytes(ReferenceSample.file());
    ArchivedStory story = reader.read(ReferenceSample.FILE_NAME, original);
    assertThat(writer.write(story).getBytes(StandardCharsets.UTF_8)).isEqualTo(original);
  }

  @Test
  void reads_every_part_of_the_reference_story() throws Exception {
    ArchivedStory archived = reader.read(ReferenceSample.file());
    var story = archived.story();
    assertThat(story.source()).isEqualTo("DAWN.COM");
    assertThat(story.publishedOn()).isEqualTo(LocalDate.of(2018, 3, 3));
    assertThat(story.headline()).isEqualTo("US, Pakistan inch towards better relations");
    assertThat(story.byline().authors()).isEqualTo("Anwar Iqbal");
    assertThat(story.byline().updatedOn()).isEqualTo(LocalDate.of(2018, 3, 3));
    assertThat(story.dateline()).isEqualTo("WASHINGTON");
    assertThat(story.paragraphs()).hasSize(9);
    assertThat(story.paragraphs().get(0)).startsWith("The United States has assured Pakistan");
    assertThat(story.printLine().publication()).isEqualTo("Dawn");
    assertThat(story.printLine().date()).isEqualTo(LocalDate.of(2018, 3, 3));
    assertThat(archived.comments()).hasSize(26);
    var first = archived.comments().get(0);
    assertThat(first.name()).isEqualTo("Dr. Salaria, Aamir Ahmad");
    assertThat(first.postedLocal()).isEqualTo(LocalDateTime.of(2018, 3, 3, 9, 48));
    assertThat(archived.comments()).filteredOn(c -> c.paragraphs().size() == 2).hasSize(2);
    assertThat(archived.comments().get(10).paragraphs())
        .contains("Laton key bhoot baton sey nahin mantey.");
    assertThat(archived.comments().get(25).postedLocal()).isEqualTo(LocalDateTime.of(2018, 3, 3, 19, 42));
  }
}

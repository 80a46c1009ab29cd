package news.broadsheet.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The round-trip contract of FORMAT.md, on random stories the format can represent (see {@link
 * CanonicalStories} for what that excludes, and why).
 */
class ArchiveRoundTripPropertyTest {

  private final ArchiveReader reader = new ArchiveReader();
  private final ArchiveWriter writer = new ArchiveWriter();

  enum Encoding {
    CRLF,
    BYTE_ORDER_MARK,
    CRLF_AND_BYTE_ORDER_MARK
  }

  @Property(tries = 500)
  void reading_a_written_story_gives_the_same_story_and_writing_it_again_the_same_text(
      @ForAll("stories") ArchivedStory story) throws ArchiveFormatException {
    String text = writer.write(story);

    ArchivedStory read = reader.read("generated.txt", text.getBytes(UTF_8));

    assertThat(read).isEqualTo(story);
    assertThat(writer.write(read)).isEqualTo(text);
    GeneratedStoryCoverage.collect(story);
  }

  @Property(tries = 200)
  void a_crlf_or_byte_order_mark_copy_reads_as_the_same_story(
      @ForAll("stories") ArchivedStory story, @ForAll Encoding encoding)
      throws ArchiveFormatException {
    byte[] copy = encoded(writer.write(story), encoding);

    assertThat(reader.read("copy.txt", copy)).isEqualTo(story);
  }

  @Provide
  Arbitrary<ArchivedStory> stories() {
    return CanonicalStories.stories();
  }

  private static byte[] encoded(String canonical, Encoding encoding) {
    String text = encoding == Encoding.BYTE_ORDER_MARK ? canonical : canonical.replace("\n", "\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (encoding != Encoding.CRLF) {
      bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    bytes.writeBytes(text.getBytes(UTF_8));
    return bytes.toByteArray();
  }
}

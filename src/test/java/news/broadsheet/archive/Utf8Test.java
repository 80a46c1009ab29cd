package news.broadsheet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The import's own UTF-8 check finds the very error, at the very byte, the JDK's strict decoder finds. */
class Utf8Test {

  @Property(tries = 5_000)
  void finds_the_first_ill_formed_sequence_where_the_jdk_decoder_does(@ForAll("nearlyUtf8") byte[] bytes) {
    assertThat(Utf8.firstInvalid(bytes)).isEqualTo(jdkFirstInvalid(bytes));
  }

  /** Mostly well-formed text (Latin, Urdu, emoji) with stray, cut and impossible bytes here and there. */
  @Provide
  Arbitrary<byte[]> nearlyUtf8() {
    Arbitrary<byte[]> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(5).map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.of("ک", "ہ", "“", "€", "\uD83D\uDE00", "\uFEFF").map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(3));
    return pieces.list().ofMaxSize(12).map(list -> {
      ByteBuffer all = ByteBuffer.allocate(list.stream().mapToInt(b -> b.length).sum());
      list.forEach(all::put);
      return all.array();
    });
  }

  private static int jdkFirstInvalid(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(input, CharBuffer.allocate(bytes.length * 2), true);
    return result.isError() ? input.position() : -1;
  }
}

package news.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {

  @Test
  void composes_text_that_looks_the_same_into_one_form() {
    assertThat(TypedText.normalised("Cafe\u0301")).isEqualTo("Caf\u00E9");
    assertThat(TypedText.normalised(null)).isNull();
  }

  @Test
  void refuses_nul_controls_bidirectional_overrides_and_isolates_and_half_characters() {
    assertThat(TypedText.refusedCharacter("a\u0000b", true)).contains("a NUL character (U+0000)");
    assertThat(TypedText.refusedCharacter("bell\u0007", true)).contains("a control character (U+0007)");
    assertThat(TypedText.refusedCharacter("c1\u0085", true)).contains("a control character (U+0085)");
    assertThat(TypedText.refusedCharacter("moc.\u202Egnp", true)).contains("a bidirectional override (U+202E)");
    assertThat(TypedText.refusedCharacter("\u2067Ada", false)).contains("a bidirectional isolate (U+2067)");
    assertThat(TypedText.refusedCharacter("x\uD800y", true)).contains("half of a character (U+D800)");
  }

  @Test
  void lets_line_breaks_and_tabs_into_running_text_but_not_into_names() {
    assertThat(TypedText.refusedCharacter("one\r\ntwo\tthree", true)).isEmpty();
    assertThat(TypedText.refusedCharacter("Ada\tKhan", false)).contains("a control character (U+0009)");
  }

  @Test
  void keeps_what_real_writing_needs() {
    // Urdu with a zero-width non-joiner and a right-to-left mark, an emoji joined by ZWJ, a letter
    // outside the Basic Multilingual Plane.
    assertThat(TypedText.refusedCharacter("می\u200Cخواهم \u200F", false)).isEmpty();
    assertThat(TypedText.refusedCharacter("\uD83D\uDC69\u200D\uD83D\uDCBB \uD840\uDC00", false)).isEmpty();
  }
}

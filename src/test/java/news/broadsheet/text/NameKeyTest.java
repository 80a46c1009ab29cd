package news.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void names_a_reader_cannot_tell_apart_have_one_key() {
    String ada = NameKey.of("Ada");
    assertThat(NameKey.of("ADA")).isEqualTo(ada);
    assertThat(NameKey.of("\u0410da")).as("Cyrillic A").isEqualTo(ada);
    assertThat(NameKey.of("A\u200Bda")).as("zero-width space").isEqualTo(ada);
    assertThat(NameKey.of("Ada\u00AD")).as("soft hyphen").isEqualTo(ada);
    assertThat(NameKey.of(" Ada ")).isEqualTo(ada);
    assertThat(NameKey.of("Ada  Khan")).isEqualTo(NameKey.of("ada\u00A0khan"));
    assertThat(NameKey.of("Zoe\u0301")).isEqualTo(NameKey.of("Zo\u00E9"));
  }

  @Test
  void different_names_keep_different_keys() {
    assertThat(NameKey.of("Ada")).isNotEqualTo(NameKey.of("Ida"));
    assertThat(NameKey.of("Ada Khan")).isNotEqualTo(NameKey.of("AdaKhan"));
    assertThat(NameKey.of("عائشہ")).isNotEqualTo(NameKey.of("عائشة"));
  }
}

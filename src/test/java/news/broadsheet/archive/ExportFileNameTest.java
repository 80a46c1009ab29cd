package news.broadsheet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import news.broadsheet.article.StoryKey;
import org.junit.jupiter.api.Test;

class ExportFileNameTest {

  private static final LocalDate DAY = LocalDate.parse("2024-05-14");

  private static int bytes(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void a_latin_headline_keeps_its_readable_name() {
    String name = ExportFileName.of(new StoryKey("DAWN.COM", DAY, "Port traffic recovers after the strike"));
    assertThat(name).matches("2024-05-14_dawn-com_port-traffic-recovers-after-the-strike_[0-9a-f]{12}\\.txt");
  }

  @Test
  void names_of_long_non_latin_headlines_and_sources_fit_in_255_bytes_with_the_partial_suffix() {
    String chinese = "港口交通在罢工后恢复正常".repeat(20);
    String ancient = "\uD840\uDC00".repeat(100); // U+20000, four bytes in UTF-8
    for (StoryKey key :
        new StoryKey[] {
          new StoryKey("新聞報道".repeat(20), DAY, chinese),
          new StoryKey("ڈان نیوز".repeat(20), DAY, "کراچی میں بندرگاہ کی ٹریفک بحال ہو گئی".repeat(10)),
          new StoryKey(ancient, DAY, ancient),
        }) {
      String name = ExportFileName.of(key);
      assertThat(bytes(name + ExportFileName.PARTIAL_SUFFIX)).as(name).isLessThanOrEqualTo(255);
      assertThat(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
          .as("whole characters only")
          .isEqualTo(name)
          .doesNotContain("\uFFFD");
      assertThat(name).startsWith("2024-05-14_").endsWith(".txt");
    }
  }

  @Test
  void names_cut_alike_stay_apart_and_stable() {
    String common = "港口交通在罢工后恢复正常".repeat(20);
    StoryKey first = new StoryKey("DAWN.COM", DAY, common + "甲");
    StoryKey second = new StoryKey("DAWN.COM", DAY, common + "乙");
    assertThat(ExportFileName.of(first)).isNotEqualTo(ExportFileName.of(second));
    assertThat(ExportFileName.of(first)).isEqualTo(ExportFileName.of(new StoryKey("DAWN.COM", DAY, common + "甲")));
  }

  @Test
  void cuts_on_a_character_boundary_by_bytes_and_drops_a_trailing_hyphen() {
    assertThat(ExportFileName.cut("ab-\uD840\uDC00x", 10, 6)).isEqualTo("ab");
    assertThat(ExportFileName.cut("ab-\uD840\uDC00x", 10, 7)).isEqualTo("ab-\uD840\uDC00");
    assertThat(ExportFileName.cut("short", 10, 100)).isEqualTo("short");
  }
}

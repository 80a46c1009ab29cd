package news.broadsheet.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryRulesTest {

  @Test
  void a_dateline_typed_at_the_head_of_the_body_moves_to_its_field() {
    StoryDraft checked = StoryRules.check(StoryDraft.of(" Port traffic recovers ", "KARACHI: Traffic recovered.\r\n\r\n\r\n\r\nMore."));
    assertThat(checked.headline()).isEqualTo("Port traffic recovers");
    assertThat(checked.dateline()).isEqualTo("KARACHI");
    assertThat(checked.body()).isEqualTo("Traffic recovered.\n\nMore.");
  }

  @Test
  void a_dateline_is_a_place_in_capitals_and_needs_a_body() {
    StoryDraft lower = new StoryDraft("Headline", "", List.of(), "new york", "", List.of(), "Text.", "", null,
        CommentsMode.OPEN, "");
    assertThat(StoryRules.check(lower).dateline()).isEqualTo("NEW YORK");
    assertThatThrownBy(() -> StoryRules.check(new StoryDraft("Headline", "", List.of(), "KARACHI 12", "", List.of(),
        "Text.", "", null, CommentsMode.OPEN, "")))
        .hasMessage("A dateline is a place in capital letters, such as KARACHI or NEW YORK.");
    assertThatThrownBy(() -> StoryRules.check(new StoryDraft("Headline", "", List.of(), "KARACHI", "", List.of(),
        "", "", null, CommentsMode.OPEN, "")))
        .hasMessage("A dateline opens the first paragraph: write the body first.");
  }

  @Test
  void paragraphs_an_archive_would_read_as_something_else_are_refused_with_the_reason() {
    assertThatThrownBy(() -> StoryRules.check(StoryDraft.of("Headline", "Intro.\n\nSaresh\nMar 03, 2018 10:18am")))
        .isInstanceOfSatisfying(DeskException.class, e -> {
          assertThat(e.field()).isEqualTo("body");
          assertThat(e.getMessage()).startsWith("Paragraph 2 is a line and then a time ('Mar 03, 2018 10:18am')");
        });
    assertThatThrownBy(() -> StoryRules.check(StoryDraft.of("Headline", "Intro.\n\nPublished in Dawn, March 3rd, 2018")))
        .hasMessage("The last paragraph reads as a print line; put it in the print line fields.");
  }

  @Test
  void every_field_has_its_limits_and_names_itself_when_refused() {
    assertThat(fieldOf(StoryDraft.of("  ", "Body."))).isEqualTo("headline");
    assertThat(fieldOf(StoryDraft.of("x".repeat(201), "Body."))).isEqualTo("headline");
    assertThat(fieldOf(StoryDraft.of("Two\nlines", "Body."))).isEqualTo("headline");
    assertThat(fieldOf(StoryDraft.of("Headline", "Body \u0000 with a NUL."))).isEqualTo("body");
    assertThat(fieldOf(new StoryDraft("Headline", "", Collections.nCopies(11, "x").stream()
        .map(n -> n + Math.random()).toList(), "", "", List.of(), "Body.", "", null, CommentsMode.OPEN, "")))
        .isEqualTo("authors");
    assertThat(fieldOf(new StoryDraft("Headline", "", List.of(), "", "", List.of("…"), "Body.", "", null,
        CommentsMode.OPEN, ""))).isEqualTo("tags");
    assertThat(fieldOf(new StoryDraft("Headline", "", List.of(), "", "", List.of(), "Body.", "Dawn", null,
        CommentsMode.OPEN, ""))).isEqualTo("printDate");
    assertThat(fieldOf(new StoryDraft("Headline", "", List.of(), "", "", List.of(), "Body.", "", LocalDate.now(),
        CommentsMode.OPEN, ""))).isEqualTo("printPublication");
    assertThat(fieldOf(new StoryDraft("Headline", "", List.of(), "", "", List.of(), "Body.", "", null,
        CommentsMode.OPEN, "../../etc/passwd"))).isEqualTo("leadMedia");
  }

  @Test
  void repeated_tags_and_authors_are_kept_once() {
    StoryDraft checked = StoryRules.check(new StoryDraft("Headline", "", List.of("Ayesha Khan", " ayesha khan ", ""),
        "", "", List.of("Karachi", "KARACHI", "Shipping"), "Body.", "", null, CommentsMode.OPEN, ""));
    assertThat(checked.authors()).containsExactly("Ayesha Khan");
    assertThat(checked.tags()).containsExactly("Karachi", "Shipping");
  }

  private static String fieldOf(StoryDraft draft) {
    try {
      StoryRules.check(draft);
      return null;
    } catch (DeskException e) {
      return e.field();
    }
  }
}

package news.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import news.broadsheet.comment.ReasonParams.Word;
import org.junit.jupiter.api.Test;

class ReasonTextTest {

  private static final Instant MONDAY_9AM = Instant.parse("2026-12-05T09:00:00Z");

  @Test
  void each_reason_has_a_short_label_and_an_explanation_without_its_outcome() {
    Reason links = Reason.links(3, 2);
    assertThat(ReasonText.label(links)).isEqualTo("Links");
    assertThat(ReasonText.explanation(links)).isEqualTo("3 links, the limit is 2");
    assertThat(ReasonText.line(links)).isEqualTo("held: 3 links, the limit is 2");

    Reason words = Reason.bannedWords(List.of(new Word("idiot", null), new Word("1d10t", "idiot")));
    assertThat(ReasonText.label(words)).isEqualTo("Banned word");
    assertThat(ReasonText.line(words)).isEqualTo("rejected: \"idiot\", \"1d10t\" (idiot) are not allowed here");
    assertThat(ReasonText.line(Reason.suspectWords(List.of(new Word("stupid", null)))))
        .isEqualTo("held: \"stupid\" is a word a moderator looks at first");
  }

  @Test
  void a_ban_and_a_suspension_are_labelled_apart_and_told_to_the_commenter_with_the_end() {
    Reason ban = Reason.sanction(null, "repeated abuse");
    Reason suspension = Reason.sanction(MONDAY_9AM, "personal attacks");
    assertThat(ReasonText.label(ban)).isEqualTo("Banned");
    assertThat(ReasonText.label(suspension)).isEqualTo("Suspended");
    assertThat(ReasonText.explanation(suspension)).isEqualTo("suspended until 2026-12-05 09:00 UTC: personal attacks");
    assertThat(ReasonText.line(ban)).isEqualTo("You are banned from commenting: repeated abuse");
    assertThat(ReasonText.line(suspension)).isEqualTo("You are suspended until 2026-12-05 09:00 UTC: personal attacks");
  }

  @Test
  void the_lines_read_as_they_always_have() {
    assertThat(List.of(
            Reason.shouting(85), Reason.duplicate(), Reason.flood(5, false), Reason.flood(2, true),
            Reason.premoderatedSite(), Reason.premoderatedStory(), Reason.premoderatedCommenter(),
            Reason.newCommenter(1), Reason.newCommenter(3), Reason.classifier(91, List.of("idiot", "bekaar")),
            Reason.classifier(70, List.of()), Reason.reports(3), Reason.checkFailed("links"),
            Reason.moderator("off topic"), Reason.spam(""), Reason.spam("a shop's link"))
        .stream().map(ReasonText::line))
        .containsExactly(
            "held: mostly capital letters (85%); please write without shouting",
            "held: the same comment was posted on this story already",
            "held: more than 5 comments in a minute from one connection",
            "held: more than 2 comments in a minute from one account",
            "held: every comment is reviewed before it appears",
            "held: comments on this story are reviewed before they appear",
            "held: this commenter's comments are reviewed before they appear",
            "held: a new commenter's first comment is reviewed before they appear",
            "held: a new commenter's first 3 comments are reviewed before they appear",
            "held: like comments moderators rejected (91%); weighed most: \"idiot\", \"bekaar\"",
            "held: like comments moderators rejected (70%)",
            "held: reported by 3 readers",
            "held: the links check could not finish",
            "rejected by a moderator: off topic",
            "rejected as spam",
            "rejected as spam: a shop's link");
  }

  @Test
  void a_moderators_decision_explains_itself_in_their_words_on_the_queue() {
    assertThat(ReasonText.explanation(Reason.moderator("off topic"))).isEqualTo("off topic");
    assertThat(ReasonText.label(Reason.moderator("off topic"))).isEqualTo("Rejected by a moderator");
    assertThat(ReasonText.explanation(Reason.spam(""))).isEqualTo("marked as spam");
  }

  @Test
  void the_reasons_read_as_one_sentence_for_the_poster_naming_what_rejected() {
    Reason banned = Reason.bannedWords(List.of(new Word("x", null)));
    assertThat(ReasonText.toCommenter(List.of(banned, Reason.links(3, 2))))
        .isEqualTo("Your comment was not published: \"x\" is not allowed here.");
    assertThat(ReasonText.toCommenter(List.of(Reason.moderator("off topic"))))
        .isEqualTo("Your comment was not published: rejected by a moderator: off topic.");
    assertThat(ReasonText.toCommenter(List.of(Reason.sanction(null, "spam from this machine."), banned)))
        .isEqualTo("Your comment was not published: You are banned from commenting: spam from this machine.; \"x\" is not allowed here.");
    assertThat(ReasonText.toCommenter(List.of())).isEqualTo("Your comment was not published.");
  }

  @Test
  void a_reason_refuses_parameters_of_another_kind() {
    assertThatThrownBy(() -> Reason.of(ReasonKind.LINKS, new ReasonParams.Count(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LINKS takes Links");
    assertThatThrownBy(() -> new Reason(ReasonKind.DUPLICATE, ReasonOutcome.HELD, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void every_kind_has_a_label_and_a_code_that_reads_back() {
    for (ReasonKind kind : ReasonKind.values()) {
      assertThat(kind.label()).isNotBlank();
      assertThat(ReasonKind.fromCode(kind.code())).contains(kind);
    }
    assertThat(ReasonKind.fromCode("LINKS")).isEmpty();
  }
}

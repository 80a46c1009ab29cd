package news.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import news.broadsheet.comment.ReasonParams.Word;
import org.junit.jupiter.api.Test;

/** The words older versions stored, read back as the reasons they stood for. */
class LegacyReasonsTest {

  @Test
  void every_line_screening_and_moderators_wrote_reads_as_its_kind() {
    assertThat(LegacyReasons.read(String.join("\n",
            "held: 1 link, the limit is 0",
            "held: \"stupid\", \"dumb\" (dumbo) are words a moderator looks at first",
            "rejected: \"idiot\" is not allowed here",
            "You are suspended until 2024-05-21 06:00 UTC: ذاتی حملے",
            "held: a new commenter's first comment is reviewed before they appear",
            "held: like comments moderators rejected (88%); weighed most: \"idiot\", \"nonsense\"",
            "rejected by a moderator: personal attack in a reply",
            "rejected as spam")))
        .containsExactly(
            Reason.links(1, 0),
            Reason.suspectWords(List.of(new Word("stupid", null), new Word("dumb", "dumbo"))),
            Reason.bannedWords(List.of(new Word("idiot", null))),
            Reason.sanction(Instant.parse("2024-05-21T06:00:00Z"), "ذاتی حملے"),
            Reason.newCommenter(1),
            Reason.classifier(88, List.of("idiot", "nonsense")),
            Reason.moderator("personal attack in a reply"),
            Reason.spam(""));
  }

  @Test
  void a_line_it_does_not_know_is_kept_as_written_with_the_outcome_its_words_give() {
    assertThat(LegacyReasons.line("held: a reason from a future version"))
        .isEqualTo(Reason.other(ReasonOutcome.HELD, "held: a reason from a future version"));
    assertThat(LegacyReasons.line("rejected: something else"))
        .isEqualTo(Reason.other(ReasonOutcome.REJECTED, "rejected: something else"));
    assertThat(LegacyReasons.line("held: 99999999999 links, the limit is 2").kind()).isEqualTo(ReasonKind.OTHER);
    assertThat(LegacyReasons.line("You are suspended until 2024-13-41 06:00 UTC: x").kind()).isEqualTo(ReasonKind.OTHER);
  }

  @Property
  void what_this_version_writes_in_words_reads_back_as_the_same_reason(@ForAll("reasons") Reason reason) {
    assertThat(LegacyReasons.line(ReasonText.line(reason))).isEqualTo(reason);
  }

  @Provide
  Arbitrary<Reason> reasons() {
    Arbitrary<Integer> number = Arbitraries.integers().between(0, 10_000);
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("ذاتیحملے").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> note = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank() && s.equals(s.strip()));
    Arbitrary<List<Word>> words =
        Combinators.combine(word, word.injectNull(0.5)).as(Word::new).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<Instant> minute = Arbitraries.longs().between(0, 4_000_000_000L)
        .map(s -> Instant.ofEpochSecond(s).truncatedTo(ChronoUnit.MINUTES));
    return Arbitraries.oneOf(
        Combinators.combine(number, number).as(Reason::links),
        number.map(Reason::shouting),
        Arbitraries.of(Reason.duplicate(), Reason.premoderatedSite(), Reason.premoderatedStory(), Reason.premoderatedCommenter()),
        Combinators.combine(number, Arbitraries.of(true, false)).as(Reason::flood),
        number.filter(n -> n > 0).map(Reason::newCommenter),
        Combinators.combine(number, word.list().ofMaxSize(3)).as(Reason::classifier),
        number.map(Reason::reports),
        word.map(Reason::checkFailed),
        words.map(Reason::bannedWords),
        words.map(Reason::suspectWords),
        Combinators.combine(minute.injectNull(0.3), note).as(Reason::sanction),
        note.map(Reason::moderator),
        note.injectNull(0.3).map(n -> Reason.spam(n == null ? "" : n)));
  }
}

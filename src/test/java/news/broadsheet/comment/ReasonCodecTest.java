package news.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import news.broadsheet.comment.ReasonParams.Word;
import org.junit.jupiter.api.Test;

class ReasonCodecTest {

  private static final List<Reason> EVERY_SHAPE =
      List.of(
          Reason.sanction(Instant.parse("2026-12-05T09:00:00Z"), "personal attacks"),
          Reason.sanction(null, "repeated abuse"),
          Reason.bannedWords(List.of(new Word("1d10t", "idiot"), new Word("\"quoted\"\n", null))),
          Reason.links(3, 2),
          Reason.shouting(85),
          Reason.duplicate(),
          Reason.flood(5, true),
          Reason.newCommenter(2),
          Reason.classifier(91, List.of("bekaar", "گدھا")),
          Reason.checkFailed("words"),
          Reason.spam(""),
          Reason.other(ReasonOutcome.REJECTED, "an older reason"));

  @Test
  void reasons_come_back_as_they_were_stored() {
    String stored = ReasonCodec.encode(EVERY_SHAPE);
    assertThat(stored).startsWith("[{\"kind\":\"sanction\",\"outcome\":\"rejected\",\"params\":{\"until\":\"2026-12-05T09:00:00Z\"");
    assertThat(ReasonCodec.decode(stored)).isEqualTo(EVERY_SHAPE);
  }

  @Test
  void no_reasons_are_stored_as_empty_text() {
    assertThat(ReasonCodec.encode(List.of())).isEmpty();
    assertThat(ReasonCodec.decode("")).isEmpty();
    assertThat(ReasonCodec.decode(null)).isEmpty();
  }

  @Test
  void a_kind_without_parameters_stores_none() {
    assertThat(ReasonCodec.encode(List.of(Reason.duplicate()))).isEqualTo("[{\"kind\":\"duplicate\",\"outcome\":\"held\"}]");
  }

  @Test
  void text_an_older_version_wrote_reads_as_typed_reasons() {
    assertThat(ReasonCodec.decode("held: 3 links, the limit is 2\nrejected: \"idiot\" is not allowed here"))
        .containsExactly(Reason.links(3, 2), Reason.bannedWords(List.of(new Word("idiot", null))));
  }

  @Test
  void a_kind_this_version_does_not_know_and_broken_json_are_kept_in_words() {
    assertThat(ReasonCodec.decode("[{\"kind\":\"astrology\",\"outcome\":\"rejected\"}]"))
        .containsExactly(Reason.other(ReasonOutcome.REJECTED, "{\"kind\":\"astrology\",\"outcome\":\"rejected\"}"));
    assertThat(ReasonCodec.decode("[{\"kind\":\"links\""))
        .containsExactly(Reason.other(ReasonOutcome.HELD, "[{\"kind\":\"links\""));
    assertThat(ReasonCodec.decode("[{\"kind\":\"links\",\"outcome\":\"held\",\"params\":{\"found\":\"many\"}}]"))
        .singleElement().extracting(Reason::kind).isEqualTo(ReasonKind.OTHER);
  }

  @Test
  void a_filter_by_kind_matches_the_stored_reasons_of_that_kind_only() {
    String stored = ReasonCodec.encode(List.of(Reason.links(3, 2), Reason.moderator("{\"kind\":\"spam\",")));
    for (ReasonKind kind : ReasonKind.values()) {
      String regex = ReasonCodec.likePatternOf(kind).replace("{", "\\{").replace("%", ".*").replace("_", ".");
      assertThat(stored.matches(regex)).as(kind.code()).isEqualTo(kind == ReasonKind.LINKS || kind == ReasonKind.MODERATOR);
    }
  }
}

package news.broadsheet.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole-word matching of the word lists across scripts, spellings and evasions. */
class WordMatchingTest {

  private static final WordMatcher MATCHER = matcher(
      "idiot", "ass", "shit", "kutta", "ghaddar", "chutiya", "bhen chod", "beghairat", "حرامی", "حرام زادہ", "کمینہ");

  private static WordMatcher matcher(String... words) {
    Map<String, WordList> entries = new LinkedHashMap<>();
    for (String word : words) {
      entries.put(WordEntries.canonical(word), WordList.BANNED);
    }
    return new WordMatcher(entries);
  }

  private static List<String> found(String text) {
    return MATCHER.find(Tokenizer.tokenize(text)).stream().map(m -> m.entry().text()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "You idiot", "IDIOT!", "idiots, all of them", "iddiooot", "1d10t", "i.d.i.o.t", "i d i o t", "i-d-i-o-t",
      "id.iot", "idiöt", "i\u200Bdiot"})
  void finds_an_english_word_through_case_plurals_and_evasions(String text) {
    assertThat(found(text)).containsExactly("idiot");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kutta", "kuttaa", "kuta", "kutha", "KUTTAAA", "k.u.t.t.a", "kut-ta"})
  void finds_romanised_urdu_in_its_common_spellings(String text) {
    assertThat(found(text)).containsExactly("kutta");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ghaddar", "gaddar", "ghadar", "GHADDAAR", "gh@dd@r"})
  void folds_kh_gh_and_doubled_letters(String text) {
    assertThat(found(text)).containsExactly("ghaddar");
  }

  @Test
  void finds_romanised_phrases_and_joined_spellings() {
    assertThat(found("sab bhen chod hain")).containsExactly("bhen chod");
    assertThat(found("bhen-chod")).containsExactly("bhen chod");
    assertThat(found("be-ghairat insaan")).containsExactly("beghairat");
    assertThat(found("chootiya")).containsExactly("chutiya");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "حرامی", "حرامي", "حـــرامی", "حَرامی", "ح ر ا م ی", "ح.ر.ا.م.ی", "ہرامی", "یہ حرامی لوگ ہیں"})
  void finds_urdu_script_through_letter_variants_diacritics_tatweel_and_spacing(String text) {
    assertThat(found(text)).containsExactly("حرامی");
  }

  @Test
  void finds_urdu_phrases_with_arabic_letter_forms() {
    assertThat(found("حرام زاده")).containsExactly("حرام زادہ");
    assertThat(found("كمينه")).containsExactly("کمینہ");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "class", "assistant", "Scunthorpe", "as usual", "pass the bill", "balance sheet", "shitake",
      "Assistant Secretary", "idiotically", "kutub khana", "2018 and 3 more", "کتاب", "حرام",
      "ح ر", "Don't make a deal"})
  void leaves_innocent_words_alone(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void short_words_match_only_with_their_own_letters() {
    assertThat(found("@ss")).containsExactly("ass");
    assertThat(found("a s s")).containsExactly("ass");
    assertThat(found("as")).isEmpty();
    assertThat(found("sheet")).isEmpty();
    assertThat(found("sh1t")).containsExactly("shit");
  }

  @Test
  void canonical_entries_are_folded_and_read_as_letters() {
    assertThat(WordEntries.canonical("  I.D.I.O.T ")).isEqualTo("idiot");
    assertThat(WordEntries.canonical("@ss")).isEqualTo("ass");
    assertThat(WordEntries.canonical("حرام  زاده")).isEqualTo("حرام زادہ");
    assertThat(WordEntries.canonical("Be-Ghairat")).isEqualTo("beghairat");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "123", "!!!", "f#ck", "one two three four five six", "line\nbreak"})
  void refuses_entries_that_cannot_be_matched(String entry) {
    assertThatThrownBy(() -> WordEntries.canonical(entry)).isInstanceOf(ModerationException.class).hasMessageNotContaining("\n");
  }

  @Test
  void refuses_an_over_long_entry() {
    assertThatThrownBy(() -> WordEntries.canonical("a".repeat(61)))
        .isInstanceOf(ModerationException.class)
        .hasMessageContaining("at most 60 characters");
    assertThat(WordEntries.canonical("a".repeat(60))).hasSize(60);
  }
}

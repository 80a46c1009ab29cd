package news.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How search reads words in English, Urdu script and romanised Urdu. */
class AnalyzerTest {

  private static List<String> terms(String text) {
    return Analyzer.words(text).stream().map(Word::term).toList();
  }

  private static String variant(String word) {
    return Analyzer.words(word).get(0).variant();
  }

  @Test
  void english_words_share_a_term_with_their_inflections() {
    assertThat(terms("relation relations Relations related relating")).containsOnly("relat");
    assertThat(terms("improve improving improved")).containsOnly("improv");
    assertThat(terms("ally allies")).containsOnly("alli");
    assertThat(terms("talks talked talking")).containsOnly("talk");
  }

  @Test
  void words_keep_their_place_in_the_text() {
    String text = "US, Pakistan inch towards “better” relations.";
    List<Word> words = Analyzer.words(text);
    assertThat(words).extracting(w -> text.substring(w.start(), w.end()))
        .containsExactly("US", "Pakistan", "inch", "towards", "better", "relations");
    assertThat(words).extracting(Word::form).containsExactly("us", "pakistan", "inch", "towards", "better", "relations");
  }

  @Test
  void apostrophes_join_letters_and_hyphens_split_words() {
    assertThat(Analyzer.words("Don't back-stab Pakistan’s ally")).extracting(Word::form)
        .containsExactly("dont", "back", "stab", "pakistans", "ally");
    assertThat(terms("Pakistan's Pakistan")).containsOnly("pakistan");
  }

  @Test
  void accents_and_case_fold_away() {
    assertThat(terms("Café CAFE café")).containsOnly("cafe");
  }

  @Test
  void urdu_script_matches_across_its_spelling_variants() {
    // ي and ی, ك and ک, ه ہ and ھ, diacritics and tatweel
    assertThat(terms("پاکستان پاكستان")).containsOnly("پاکستان");
    assertThat(terms("نہیں نھیں نهيں نہین")).containsOnly("نہین"); // ں is ن
    assertThat(terms("مُحَمَّد محمد")).containsOnly("محمد");
    assertThat(terms("پاکـــستان")).containsOnly("پاکستان");
    assertThat(variant("نہیں")).isEqualTo(variant("نہی"));
    assertThat(variant("طالب")).isEqualTo(variant("تالب"));
  }

  @Test
  void romanised_urdu_spellings_share_a_variant_key() {
    assertThat(List.of("nahin", "nahi", "nhi", "nahee", "nahein")).extracting(AnalyzerTest::variant).containsOnly("ne");
    assertThat(List.of("mantey", "mante", "maante", "manty", "mantay")).extracting(AnalyzerTest::variant).containsOnly("mnte");
    assertThat(List.of("bahut", "bohat", "bhot", "boht", "bahot")).extracting(AnalyzerTest::variant).containsOnly("bt");
    assertThat(List.of("acha", "achha", "accha")).extracting(AnalyzerTest::variant).containsOnly("ace");
    assertThat(List.of("baton", "baaton", "batoon")).extracting(AnalyzerTest::variant).containsOnly("bte");
    assertThat(List.of("sey", "say", "sei")).extracting(AnalyzerTest::variant).containsOnly("se");
    assertThat(List.of("kya", "kia")).extracting(AnalyzerTest::variant).containsOnly("ke");
  }

  @Test
  void numbers_and_single_letters_have_no_variant_key() {
    assertThat(variant("2018")).isNull();
    assertThat(variant("a")).isNull();
    assertThat(variant("no")).isNull();
    assertThat(variant("x9")).isNull();
  }

  @Test
  void a_run_of_junk_is_cut_to_a_word_length() {
    assertThat(Analyzer.words("a".repeat(5000)).get(0).form()).hasSize(Analyzer.MAX_WORD_LENGTH);
  }

  @Test
  void punctuation_alone_has_no_words() {
    assertThat(Analyzer.words(" -- !!! ... ،۔ ")).isEmpty();
    assertThat(Analyzer.words("")).isEmpty();
  }
}

package news.broadsheet.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our labelled data set reads cleanly and has what the evaluation needs. */
class LabelledDataSetTest {

  private static final Path DATA_SET = Path.of("src/test/resources/moderation/labelled-comments.jsonl");

  @Test
  void has_several_hundred_comments_of_both_labels_in_three_languages() throws Exception {
    List<LabelledText> examples = LabelledComments.read(DATA_SET);
    assertThat(examples).hasSizeGreaterThanOrEqualTo(400);
    assertThat(examples).filteredOn(e -> e.label() == Label.REJECT).hasSizeGreaterThan(100);
    assertThat(examples).filteredOn(e -> e.label() == Label.APPROVE).hasSizeGreaterThan(200);
    assertThat(examples).filteredOn(e -> e.text().matches(".*[\\u0600-\\u06FF].*")).hasSizeGreaterThan(60);
    assertThat(examples).extracting(LabelledText::text).doesNotHaveDuplicates();
  }

  @Test
  void the_classifier_beats_the_word_lists_in_cross_validation() throws Exception {
    java.util.Map<String, WordList> words = new java.util.LinkedHashMap<>();
    for (String word : List.of("idiot", "kamina", "حرامی", "stupid", "jahil", "غدار")) {
      words.put(WordEntries.canonical(word), word.equals("stupid") || word.equals("jahil") || word.equals("غدار")
          ? WordList.SUSPECT : WordList.BANNED);
    }
    EvaluationReport report = CrossValidation.run(LabelledComments.read(DATA_SET), 5, 1, 0.8, new WordMatcher(words));
    assertThat(report.examples()).isGreaterThanOrEqualTo(400);
    assertThat(report.f1()).isGreaterThan(report.baselineF1());
    assertThat(report.precision()).isGreaterThan(0.8);
    assertThat(report.recall()).isGreaterThan(0.6);
  }
}

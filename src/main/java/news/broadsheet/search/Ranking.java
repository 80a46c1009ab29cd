package news.broadsheet.search;

import java.util.List;

/**
 * How well a document answers a search, computed in Java from its text so that both databases
 * rank alike: for each clause, its occurrences in each field, saturated and weighed by the
 * field's length as BM25 does (k1 1.2, b 0.75, with a typical length for each field in place of
 * the corpus average), times the field's weight. A story's headline weighs 3, its authors 2, its
 * body 1; a comment's text 1. A word in its own spelling counts 1, another inflection of it 0.8,
 * another spelling of its variant key 0.5. Only the first {@value #TEXT_CHARS} characters of a
 * text are read; a clause found only further on counts a little.
 */
final class Ranking {

  static final int TEXT_CHARS = 1200;
  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private static final double FOUND_FURTHER_ON = 0.05;

  private Ranking() {}

  static double score(Candidate candidate, Match match) {
    List<Field> fields = candidate.kind() == DocumentKind.STORY
        ? List.of(new Field(candidate.headline(), 3.0, 10), new Field(candidate.authors(), 2.0, 3),
            new Field(candidate.text(), 1.0, 400))
        : List.of(new Field(candidate.text(), 1.0, 60));
    boolean variants = match.tier() == Match.VARIANTS;
    double score = 0;
    List<List<Word>> words = fields.stream().map(f -> f.text() == null ? List.<Word>of() : Analyzer.words(f.text())).toList();
    for (Clause clause : match.query().required()) {
      double clauseScore = 0;
      for (int i = 0; i < fields.size(); i++) {
        clauseScore += fields.get(i).score(occurrences(clause, words.get(i), variants), words.get(i).size());
      }
      score += clauseScore > 0 ? clauseScore : FOUND_FURTHER_ON;
    }
    return score;
  }

  /** The clause's occurrences in the words, each counted by how closely it matches. */
  static double occurrences(Clause clause, List<Word> words, boolean variants) {
    double count = 0;
    for (int i = 0; i < words.size(); i++) {
      count += at(clause, words, i, variants);
    }
    return count;
  }

  /** How closely the clause matches at the word i: 0 when it does not. */
  static double at(Clause clause, List<Word> words, int i, boolean variants) {
    List<Word> wanted = clause.words();
    if (clause.isPhrase()) {
      if (i + wanted.size() > words.size()) {
        return 0;
      }
      for (int j = 0; j < wanted.size(); j++) {
        if (!words.get(i + j).term().equals(wanted.get(j).term())) {
          return 0;
        }
      }
      return 1;
    }
    Word word = words.get(i);
    Word asked = wanted.get(0);
    if (word.term().equals(asked.term())) {
      return word.form().equals(asked.form()) ? 1 : 0.8;
    }
    String variant = clause.variant();
    return variants && variant != null && variant.equals(word.variant()) ? 0.5 : 0;
  }

  private record Field(String text, double weight, double typicalLength) {
    double score(double occurrences, int length) {
      if (occurrences == 0) {
        return 0;
      }
      return weight * occurrences * (K1 + 1) / (occurrences + K1 * (1 - B + B * length / typicalLength));
    }
  }
}

package news.broadsheet.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.comment.Comment;

/**
 * The phrases distinctive to one discussion against the rest of the site: terms (words and pairs
 * of words, {@link Terms}) scored by the log-odds ratio with an informative Dirichlet prior of
 * Monroe, Colaresi and Quinn ("Fightin' Words", 2008), as a z-score, by the number of comments
 * that hold each term here and in the rest. The prior is the two together, so that a rare term
 * seen twice does not outrank a common one seen twenty times; a term must be in
 * {@value #MIN_COMMENTS} comments or more, and more common here than elsewhere. On a site with
 * no other comments, the score of a term is the number of comments that hold it.
 */
final class PhraseFinder {

  static final int MIN_COMMENTS = 2;
  static final int EXAMPLES = 3;
  static final double PRIOR_WEIGHT = 500;

  /** A comment with its terms, by key. */
  record Analysed(Comment comment, Map<String, Terms.Term> terms) {}

  private PhraseFinder() {}

  /** The discussion's distinctive phrases, most distinctive first, at most {@code limit}. */
  static List<Reaction.Phrase> find(List<Analysed> discussion, TermCounts rest, int limit) {
    TermCounts here = new TermCounts();
    discussion.forEach(analysed -> here.add(analysed.terms().keySet()));
    Map<String, Double> scores = new HashMap<>();
    here.counts().forEach((key, count) -> {
      if (count >= MIN_COMMENTS) {
        double z = rest.total() == 0 ? count : zScore(count, here.total(), rest.count(key), rest.total());
        if (z > 0) {
          scores.put(key, z);
        }
      }
    });
    List<String> ranked = scores.keySet().stream()
        .sorted(Comparator.comparingDouble((String key) -> -scores.get(key)).thenComparing(key -> key))
        .toList();
    List<String> chosen = withoutPartsOfPairs(ranked, here, limit);
    List<Reaction.Phrase> phrases = new ArrayList<>();
    for (String key : chosen) {
      phrases.add(new Reaction.Phrase(shown(key, discussion), here.count(key), scores.get(key), examples(key, discussion)));
    }
    return phrases;
  }

  /**
   * The z-score of the log-odds ratio of a term here against the rest, with the prior of the two
   * together: positive when the term is more common here.
   */
  static double zScore(int here, long hereTotal, int rest, long restTotal) {
    double alpha = PRIOR_WEIGHT * (here + rest) / (double) (hereTotal + restTotal);
    double delta = Math.log((here + alpha) / (hereTotal + PRIOR_WEIGHT - here - alpha))
        - Math.log((rest + alpha) / (restTotal + PRIOR_WEIGHT - rest - alpha));
    double variance = 1 / (here + alpha) + 1 / (rest + alpha);
    return delta / Math.sqrt(variance);
  }

  /** The best terms, leaving out a word that appears here only within a pair already chosen. */
  private static List<String> withoutPartsOfPairs(List<String> ranked, TermCounts here, int limit) {
    List<String> pairs = ranked.stream().filter(key -> key.contains(" ")).limit(limit).toList();
    List<String> chosen = new ArrayList<>();
    for (String key : ranked) {
      boolean partOfPair = !key.contains(" ") && pairs.stream().anyMatch(pair ->
          (pair.startsWith(key + " ") || pair.endsWith(" " + key)) && here.count(pair) >= here.count(key));
      if (!partOfPair && chosen.size() < limit) {
        chosen.add(key);
      }
    }
    return chosen;
  }

  /** The phrase as the discussion writes it most often. */
  private static String shown(String key, List<Analysed> discussion) {
    Map<String, Integer> ways = new HashMap<>();
    for (Analysed analysed : discussion) {
      Terms.Term term = analysed.terms().get(key);
      if (term != null) {
        ways.merge(term.shown(), 1, Integer::sum);
      }
    }
    return ways.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(key);
  }

  /** Up to {@value #EXAMPLES} comments that hold the term: the most recommended, then the earliest. */
  private static List<Comment> examples(String key, List<Analysed> discussion) {
    return discussion.stream()
        .filter(analysed -> analysed.terms().containsKey(key))
        .map(Analysed::comment)
        .sorted(Comparator.comparingInt((Comment comment) -> -comment.recommendations())
            .thenComparing(Comment::postedAt)
            .thenComparingLong(Comment::id))
        .limit(EXAMPLES)
        .toList();
  }
}

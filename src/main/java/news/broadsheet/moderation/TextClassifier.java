package news.broadsheet.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A naive Bayes classifier (multinomial, each feature counted once per text) of approve against
 * reject, learnt incrementally: a decision adds its text's features to its label's counts, and a
 * changed decision takes them off the old label first. Features seen in neither label do not
 * count. Its score is the probability that a moderator would reject the text; it explains a score
 * by the words whose features weighed most towards reject. Safe for concurrent use.
 */
final class TextClassifier {

  /** Laplace smoothing. */
  private static final double ALPHA = 0.5;
  /** Naive Bayes adds up many dependent n-grams and is far too sure; this tempers its log-odds. */
  private static final double TEMPER = 0.25;
  static final int TERMS_SHOWN = 3;

  private final int[][] counts = new int[2][TextFeatures.BUCKETS];
  private final long[] totals = new long[2];
  private final int[] texts = new int[2];
  private int vocabulary;

  synchronized void learn(TextFeatures features, Label label) {
    change(features, label, 1);
  }

  synchronized void unlearn(TextFeatures features, Label label) {
    change(features, label, -1);
  }

  synchronized int texts() {
    return texts[0] + texts[1];
  }

  synchronized int texts(Label label) {
    return texts[label.ordinal()];
  }

  /** The probability that the text would be rejected, and the words that weighed most for that. */
  synchronized ClassifierScore score(TextFeatures features) {
    double logOdds = Math.log((texts[1] + 1.0) / (texts[0] + 1.0));
    for (int feature : features.all()) {
      logOdds += weight(feature);
    }
    double probability = 1 / (1 + Math.exp(-TEMPER * logOdds));
    return new ClassifierScore(probability, heaviest(features));
  }

  /** The words whose features weighed most towards reject, strongest first. */
  private List<String> heaviest(TextFeatures features) {
    Map<String, Double> byWord = new HashMap<>();
    for (int w = 0; w < features.words().size(); w++) {
      double weight = 0;
      for (int feature : features.wordFeatures().get(w)) {
        weight += weight(feature);
      }
      if (weight > 0) {
        byWord.merge(features.words().get(w), weight, Math::max);
      }
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(byWord.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    List<String> terms = new ArrayList<>(TERMS_SHOWN);
    for (int i = 0; i < Math.min(TERMS_SHOWN, ranked.size()); i++) {
      terms.add(ranked.get(i).getKey());
    }
    return terms;
  }

  /** How much a feature speaks for reject (positive) or approve (negative); 0 when never seen. */
  private double weight(int feature) {
    int approve = counts[0][feature];
    int reject = counts[1][feature];
    if (approve == 0 && reject == 0) {
      return 0;
    }
    double pReject = (reject + ALPHA) / (totals[1] + ALPHA * vocabulary);
    double pApprove = (approve + ALPHA) / (totals[0] + ALPHA * vocabulary);
    return Math.log(pReject / pApprove);
  }

  private void change(TextFeatures features, Label label, int sign) {
    int c = label.ordinal();
    for (int feature : features.all()) {
      boolean wasSeen = counts[0][feature] + counts[1][feature] > 0;
      counts[c][feature] = Math.max(0, counts[c][feature] + sign);
      boolean isSeen = counts[0][feature] + counts[1][feature] > 0;
      vocabulary += (isSeen ? 1 : 0) - (wasSeen ? 1 : 0);
    }
    totals[c] = Math.max(0, totals[c] + (long) sign * features.all().length);
    texts[c] = Math.max(0, texts[c] + sign);
  }
}

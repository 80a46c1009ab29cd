package news.broadsheet.moderation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * k-fold cross-validation of the classifier on labelled texts, against the word lists alone:
 * the texts are shuffled with a fixed seed and split into k folds; each fold is scored by a
 * classifier trained on the others.
 */
final class CrossValidation {

  private CrossValidation() {}

  static EvaluationReport run(
      List<LabelledText> examples, int folds, long seed, double threshold, WordMatcher words) {
    if (folds < 2) {
      throw new ModerationException("cross-validation needs at least 2 folds");
    }
    if (examples.size() < folds) {
      throw new ModerationException(
          "cross-validation in " + folds + " folds needs at least " + folds + " labelled comments, not " + examples.size());
    }
    List<LabelledText> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(seed));
    List<TextFeatures> features = shuffled.stream().map(e -> TextFeatures.of(e.text())).toList();
    Counts classifier = new Counts();
    Counts baseline = new Counts();
    for (int fold = 0; fold < folds; fold++) {
      TextClassifier model = new TextClassifier();
      for (int i = 0; i < shuffled.size(); i++) {
        if (i % folds != fold) {
          model.learn(features.get(i), shuffled.get(i).label());
        }
      }
      for (int i = fold; i < shuffled.size(); i += folds) {
        boolean reject = shuffled.get(i).label() == Label.REJECT;
        classifier.add(model.score(features.get(i)).rejectProbability() >= threshold, reject);
        baseline.add(!words.find(Tokenizer.tokenize(shuffled.get(i).text())).isEmpty(), reject);
      }
    }
    return new EvaluationReport(examples.size(), folds, classifier.precision(), classifier.recall(), classifier.f1(),
        baseline.precision(), baseline.recall(), baseline.f1());
  }

  private static final class Counts {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    void add(boolean flagged, boolean reject) {
      if (flagged && reject) {
        truePositives++;
      } else if (flagged) {
        falsePositives++;
      } else if (reject) {
        falseNegatives++;
      }
    }

    double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }
}

package news.broadsheet.moderation;

import java.util.List;
import news.broadsheet.settings.SettingsService;

/**
 * Measures the classifier by cross-validation against the word lists alone, on a labelled data
 * set or on this site's own moderator decisions, at the current threshold and word lists.
 */
public final class EvaluationService {

  public static final int DEFAULT_FOLDS = 5;
  public static final long DEFAULT_SEED = 20_180_303L;

  private final ClassifierService classifier;
  private final WordListService words;
  private final SettingsService settings;

  public EvaluationService(ClassifierService classifier, WordListService words, SettingsService settings) {
    this.classifier = classifier;
    this.words = words;
    this.settings = settings;
  }

  public EvaluationReport evaluate(List<LabelledText> examples, int folds, long seed) {
    return CrossValidation.run(
        examples, folds, seed, settings.get(ModerationSettings.CLASSIFIER_THRESHOLD), words.matcher());
  }

  /** Evaluates on the site's stored moderator decisions. */
  public EvaluationReport evaluateDecisions(int folds, long seed) {
    List<LabelledText> decisions = classifier.labelledDecisions();
    if (decisions.isEmpty()) {
      throw new ModerationException("moderators have decided no comments yet; give a labelled file with --data-set");
    }
    return evaluate(decisions, folds, seed);
  }
}

package news.broadsheet.moderation;

import java.util.Optional;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.Verdict;
import news.broadsheet.settings.SettingsService;

/**
 * Holds a comment the classifier thinks moderators would reject, naming the words that weighed
 * most. Inactive until moderators have taken enough decisions.
 */
public final class ClassifierCheck implements CommentCheck {

  private final ClassifierService classifier;
  private final SettingsService settings;

  public ClassifierCheck(ClassifierService classifier, SettingsService settings) {
    this.classifier = classifier;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "classifier";
  }

  @Override
  public Verdict check(Submission submission) {
    if (!settings.get(ModerationSettings.CLASSIFIER_ENABLED)) {
      return CommentCheck.publish();
    }
    Optional<ClassifierScore> score = classifier.score(submission);
    double threshold = settings.get(ModerationSettings.CLASSIFIER_THRESHOLD);
    if (score.isEmpty() || score.get().rejectProbability() < threshold) {
      return CommentCheck.publish();
    }
    return CommentCheck.because(reason(score.get()));
  }

  /** The likelihood in whole percent, rounded down, and the words that weighed most. */
  static Reason reason(ClassifierScore score) {
    return Reason.classifier((int) Math.floor(score.rejectProbability() * 100), score.terms());
  }
}

package news.broadsheet.moderation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;

/**
 * The classifier learnt from this site's moderators. It is trained from the stored decisions at
 * start and then kept up to date: after each decision taken here or on another node sharing the
 * database at once (the change feed), and every few seconds from decisions taken elsewhere (the
 * command line on SQLite). The latest decision on a
 * comment is the one it learns; nothing of the model needs storing beyond the decisions.
 */
public final class ClassifierService {

  private final Database database;
  private final DecisionStore decisions;
  private final SettingsService settings;
  private final TextClassifier model = new TextClassifier();
  private final Map<Long, Label> learnt = new HashMap<>();
  private long lastEventId;
  private volatile long refreshedAt;

  public ClassifierService(Database database, DecisionStore decisions, SettingsService settings) {
    this.database = database;
    this.decisions = decisions;
    this.settings = settings;
    refresh();
    database.changes().on(ChangeKind.DECISION, change -> refresh());
    database.changes().onCatchUp(this::refresh);
  }

  /** Learns the decisions taken since the last refresh. */
  public synchronized void refresh() {
    for (DecisionStore.Decision decision : database.read(handle -> decisions.after(handle, lastEventId))) {
      TextFeatures features = TextFeatures.of(decision.text());
      Label before = learnt.put(decision.commentId(), decision.label());
      if (before != null) {
        model.unlearn(features, before);
      }
      model.learn(features, decision.label());
      lastEventId = decision.eventId();
    }
    refreshedAt = System.nanoTime();
  }

  /** How many comments moderators have decided (each comment once, by its latest decision). */
  public int decisions() {
    refreshIfStale();
    return model.texts();
  }

  /** Whether the classifier has enough decisions of both kinds to act. */
  public boolean isActive() {
    refreshIfStale();
    return model.texts() >= settings.get(ModerationSettings.CLASSIFIER_MIN_DECISIONS)
        && model.texts(Label.APPROVE) > 0
        && model.texts(Label.REJECT) > 0;
  }

  /** The score of a text, or empty while the classifier is inactive. */
  public Optional<ClassifierScore> score(String text) {
    return isActive() ? Optional.of(model.score(TextFeatures.of(text))) : Optional.empty();
  }

  Optional<ClassifierScore> score(Submission submission) {
    return isActive() ? Optional.of(model.score(TextFeatures.of(submission.tokens()))) : Optional.empty();
  }

  /** The stored decisions as labelled texts, the latest decision on each comment; for evaluation. */
  public List<LabelledText> labelledDecisions() {
    Map<Long, LabelledText> latest = new LinkedHashMap<>();
    for (DecisionStore.Decision decision : database.read(handle -> decisions.after(handle, 0))) {
      latest.put(decision.commentId(), new LabelledText(decision.text(), decision.label()));
    }
    return new ArrayList<>(latest.values());
  }

  private void refreshIfStale() {
    if (System.nanoTime() - refreshedAt > TimeUnit.SECONDS.toNanos(Reloading.SECONDS)) {
      refresh();
    }
  }
}

package news.broadsheet.moderation;

import java.time.Duration;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.Verdict;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Database;

/**
 * Holds comments from a client, or from an account wherever it posts from, that has posted more
 * than the setting allows in the last minute.
 */
public final class FloodCheck implements CommentCheck {

  private final Database database;
  private final ActivityStore activity;
  private final SettingsService settings;

  public FloodCheck(Database database, ActivityStore activity, SettingsService settings) {
    this.database = database;
    this.activity = activity;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "flood";
  }

  @Override
  public Verdict check(Submission submission) {
    Long account = submission.draft().accountId();
    String client = submission.draft().clientKey();
    if ((account == null && client == null) || !settings.get(ModerationSettings.FLOOD_ENABLED)) {
      return CommentCheck.publish();
    }
    int limit = settings.get(ModerationSettings.FLOOD_PER_MINUTE);
    long since = submission.at().minus(Duration.ofMinutes(1)).toEpochMilli();
    int earlier = database.read(handle -> activity.countRecent(handle, account, client, since, limit));
    if (earlier < limit) {
      return CommentCheck.publish();
    }
    return CommentCheck.because(Reason.flood(limit, account != null));
  }
}

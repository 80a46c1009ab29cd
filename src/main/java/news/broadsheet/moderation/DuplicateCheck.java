package news.broadsheet.moderation;

import news.broadsheet.text.TextFolding;
import java.time.Duration;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.Verdict;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Database;

/**
 * Holds a text posted again on the same story by the same commenter (a guest's name or an
 * account, or the same client) within the window.
 * Texts are compared folded and by their letters and digits, so case, spacing, punctuation,
 * accents and Urdu letter variants do not hide a repeat.
 */
public final class DuplicateCheck implements CommentCheck {

  private static final int LOOK_AT = 50;

  private final Database database;
  private final ActivityStore activity;
  private final SettingsService settings;

  public DuplicateCheck(Database database, ActivityStore activity, SettingsService settings) {
    this.database = database;
    this.activity = activity;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "duplicates";
  }

  @Override
  public Verdict check(Submission submission) {
    if (!settings.get(ModerationSettings.DUPLICATES_ENABLED)) {
      return CommentCheck.publish();
    }
    CommentDraft draft = submission.draft();
    long since = submission.at().minus(Duration.ofMinutes(settings.get(ModerationSettings.DUPLICATES_WINDOW_MINUTES)))
        .toEpochMilli();
    String key = sameness(submission.text());
    boolean repeated = database.read(
        handle -> activity.recentTexts(handle, draft, since, LOOK_AT))
        .stream()
        .anyMatch(earlier -> sameness(earlier).equals(key));
    return repeated ? CommentCheck.because(Reason.duplicate()) : CommentCheck.publish();
  }

  /** The text as compared: folded, with runs of spaces and punctuation as one space. */
  static String sameness(String text) {
    String folded = TextFolding.fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}

package news.broadsheet.moderation;

import news.broadsheet.comment.Reason;
import news.broadsheet.comment.Verdict;
import news.broadsheet.settings.SettingsService;

/**
 * Holds a comment written mostly in capitals. Only Latin letters count: Urdu has no capitals,
 * so a comment in Urdu script is never shouting, and a short one is not judged.
 */
public final class ShoutingCheck implements CommentCheck {

  private final SettingsService settings;

  public ShoutingCheck(SettingsService settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "shouting";
  }

  @Override
  public Verdict check(Submission submission) {
    if (!settings.get(ModerationSettings.SHOUTING_ENABLED)) {
      return CommentCheck.publish();
    }
    int letters = 0;
    int capitals = 0;
    String text = submission.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        letters++;
        capitals += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    int percent = letters == 0 ? 0 : capitals * 100 / letters;
    if (letters < settings.get(ModerationSettings.SHOUTING_MIN_LETTERS)
        || percent < settings.get(ModerationSettings.SHOUTING_CAPITALS_PERCENT)) {
      return CommentCheck.publish();
    }
    return CommentCheck.because(Reason.shouting(percent));
  }
}

package news.broadsheet.moderation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.Verdict;
import news.broadsheet.settings.SettingsService;

/** Holds a comment with more links than the setting allows (web addresses, with or without http). */
public final class LinkCheck implements CommentCheck {

  private static final Pattern LINK =
      Pattern.compile(
          "(?i)(?:https?://|www\\.)[^\\s<>\"]+"
              + "|\\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
              + "\\.(?:com|net|org|info|biz|io|co|ly|me|pk|in|uk|us|xyz|top|site|online|shop|club|ru|cn|tk|link"
              + "|click|app|tv|gl|gd|cc|ws|live|store|win|bid|vip)\\b(?:/[^\\s<>\"]*)?");

  private final SettingsService settings;

  public LinkCheck(SettingsService settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "links";
  }

  @Override
  public Verdict check(Submission submission) {
    if (!settings.get(ModerationSettings.LINKS_ENABLED)) {
      return CommentCheck.publish();
    }
    int max = settings.get(ModerationSettings.LINKS_MAX);
    int links = count(submission.text());
    if (links <= max) {
      return CommentCheck.publish();
    }
    return CommentCheck.because(Reason.links(links, max));
  }

  static int count(String text) {
    if (text.indexOf('.') < 0) {
      return 0;
    }
    Matcher matcher = LINK.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}

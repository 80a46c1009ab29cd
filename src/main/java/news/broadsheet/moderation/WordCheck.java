package news.broadsheet.moderation;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.Verdict;
import news.broadsheet.settings.SettingsService;

/** Rejects a comment with a banned word and holds one with a suspect word. */
public final class WordCheck implements CommentCheck {

  private final WordListService words;
  private final SettingsService settings;

  public WordCheck(WordListService words, SettingsService settings) {
    this.words = words;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "words";
  }

  @Override
  public Verdict check(Submission submission) {
    if (!settings.get(ModerationSettings.WORDS_ENABLED)) {
      return CommentCheck.publish();
    }
    List<String> banned = new ArrayList<>();
    List<String> suspect = new ArrayList<>();
    for (WordMatcher.Match match : words.find(submission)) {
      (match.entry().list() == WordList.BANNED ? banned : suspect).add(quoted(match));
    }
    List<String> reasons = new ArrayList<>();
    CommentStatus status = CommentStatus.PUBLISHED;
    if (!banned.isEmpty()) {
      status = CommentStatus.REJECTED;
      reasons.add("rejected: " + String.join(", ", banned) + (banned.size() == 1 ? " is" : " are")
          + " not allowed here");
    }
    if (!suspect.isEmpty()) {
      status = status == CommentStatus.REJECTED ? status : CommentStatus.PENDING;
      reasons.add("held: " + String.join(", ", suspect) + (suspect.size() == 1 ? " is a word" : " are words")
          + " a moderator looks at first");
    }
    return new Verdict(status, reasons);
  }

  private static String quoted(WordMatcher.Match match) {
    String entry = match.entry().text();
    return match.found().equals(entry) ? "\"" + entry + "\"" : "\"" + match.found() + "\" (" + entry + ")";
  }
}

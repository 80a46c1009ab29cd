package news.broadsheet.moderation;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.ReasonParams;
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
    List<ReasonParams.Word> banned = new ArrayList<>();
    List<ReasonParams.Word> suspect = new ArrayList<>();
    for (WordMatcher.Match match : words.find(submission)) {
      (match.entry().list() == WordList.BANNED ? banned : suspect)
          .add(new ReasonParams.Word(match.found(), match.entry().text()));
    }
    List<Reason> reasons = new ArrayList<>();
    if (!banned.isEmpty()) {
      reasons.add(Reason.bannedWords(banned));
    }
    if (!suspect.isEmpty()) {
      reasons.add(Reason.suspectWords(suspect));
    }
    return Verdict.of(reasons);
  }
}

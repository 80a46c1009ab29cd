package news.broadsheet.moderation;

import news.broadsheet.comment.Verdict;
import news.broadsheet.settings.SettingsService;

/** Rejects comments from a banned or suspended commenter, telling them why and until when. */
public final class SanctionCheck implements CommentCheck {

  private final SanctionService sanctions;
  private final SettingsService settings;

  public SanctionCheck(SanctionService sanctions, SettingsService settings) {
    this.sanctions = sanctions;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "sanctions";
  }

  @Override
  public Verdict check(Submission submission) {
    if (!settings.get(ModerationSettings.SANCTIONS_ENABLED)) {
      return CommentCheck.publish();
    }
    return sanctions
        .activeFor(submission.draft())
        .map(sanction -> CommentCheck.because(sanction.asReason()))
        .orElseGet(CommentCheck::publish);
  }
}

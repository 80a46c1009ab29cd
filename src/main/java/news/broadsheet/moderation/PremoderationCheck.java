package news.broadsheet.moderation;

import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.Verdict;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Database;

/**
 * Holds comments that are reviewed before they appear: every comment when the site is in
 * pre-moderation, comments on a pre-moderated story or by a pre-moderated commenter, and the
 * first comments of a new commenter when the setting asks for it.
 */
public final class PremoderationCheck implements CommentCheck {

  private final PremoderationService premoderation;
  private final Database database;
  private final ActivityStore activity;
  private final SettingsService settings;

  public PremoderationCheck(
      PremoderationService premoderation, Database database, ActivityStore activity, SettingsService settings) {
    this.premoderation = premoderation;
    this.database = database;
    this.activity = activity;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "premoderation";
  }

  @Override
  public Verdict check(Submission submission) {
    CommentDraft draft = submission.draft();
    if (settings.get(ModerationSettings.MODE).equals("pre")) {
      return CommentCheck.because(Reason.premoderatedSite());
    }
    if (premoderation.isStoryPremoderated(draft.articleId())) {
      return CommentCheck.because(Reason.premoderatedStory());
    }
    if (premoderation.isCommenterPremoderated(draft)) {
      return CommentCheck.because(Reason.premoderatedCommenter());
    }
    int holdFirst = settings.get(ModerationSettings.NEW_COMMENTERS_HOLD_FIRST);
    if (holdFirst > 0) {
      int earlier = database.read(handle -> activity.countPublished(handle, draft, holdFirst));
      if (earlier < holdFirst) {
        return CommentCheck.because(Reason.newCommenter(holdFirst));
      }
    }
    return CommentCheck.publish();
  }
}

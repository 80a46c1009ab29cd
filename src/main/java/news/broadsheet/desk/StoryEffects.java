package news.broadsheet.desk;

import news.broadsheet.article.StoryChanges;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.moderation.PremoderationService;

/**
 * What follows a committed desk step outside its transaction: comments on a pre-moderated story
 * are held for review (or no longer), and the story's cached pages are cleared, so that the step
 * shows on the very next request.
 */
final class StoryEffects {

  private static final Moderator DESK = Moderator.named("Desk");

  private final PremoderationService premoderation;
  private final StoryChanges changes;

  StoryEffects(PremoderationService premoderation, StoryChanges changes) {
    this.premoderation = premoderation;
    this.changes = changes;
  }

  /**
   * @param before the story before the step, or null for a new one; pre-moderation set by
   *     moderators stays as it is unless the step changed the story's comments mode
   */
  void after(DeskStory before, DeskStory after) {
    CommentsMode mode = after.content().commentsMode();
    if (before == null || before.content().commentsMode() != mode) {
      boolean held = mode == CommentsMode.PREMODERATED;
      if (held != premoderation.isStoryPremoderated(after.id())) {
        premoderation.setStory(after.id(), held, DESK);
      }
    }
    changes.changed(after.id());
  }
}

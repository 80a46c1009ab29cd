package news.broadsheet.desk;

import news.broadsheet.moderation.Moderator;
import news.broadsheet.moderation.PremoderationService;

/**
 * What follows a committed desk step outside its transaction: comments on a pre-moderated story
 * are held for review (or no longer). (The story's cached pages are cleared by the step's own
 * transaction, on every node.)
 */
final class StoryEffects {

  private static final Moderator DESK = Moderator.named("Desk");

  private final PremoderationService premoderation;

  StoryEffects(PremoderationService premoderation) {
    this.premoderation = premoderation;
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
  }
}

package news.broadsheet.desk;

import java.util.EnumSet;
import java.util.Set;
import news.broadsheet.account.Permission;
import news.broadsheet.account.User;
import news.broadsheet.article.StoryStatus;

/**
 * Who may do what on the desk, action by action. A writer creates stories and works on their own
 * until an editor takes them (draft and in review); an editor (and an admin) works on any story
 * and alone publishes, schedules, unpublishes and corrects.
 */
final class DeskPolicy {

  /** Where a writer may still change their own story. */
  private static final Set<StoryStatus> WRITERS_STATUSES = EnumSet.of(StoryStatus.DRAFT, StoryStatus.IN_REVIEW);

  private DeskPolicy() {}

  static void mayCreate(User user) {
    if (!user.can(Permission.WRITE_STORIES)) {
      throw DeskException.notAllowed("Your role does not write stories.");
    }
  }

  /** Opening a story on the desk: an editor opens any, a writer their own. */
  static void mayOpen(User user, DeskStory story) {
    if (!user.can(Permission.EDIT_ANY_STORY) && !isOwn(user, story)) {
      throw DeskException.notAllowed("Only editors open stories that others wrote.");
    }
  }

  /** Changing a story's text: an editor any, a writer their own while it is a draft or in review. */
  static void mayEdit(User user, DeskStory story) {
    mayOpen(user, story);
    if (!user.can(Permission.EDIT_ANY_STORY) && !WRITERS_STATUSES.contains(story.status())) {
      throw DeskException.notAllowed("This story is " + story.status().label() + "; only editors change it now.");
    }
  }

  /** Publishing, scheduling, unpublishing, correcting: editors alone. */
  static void mayPublish(User user) {
    if (!user.can(Permission.EDIT_ANY_STORY)) {
      throw DeskException.notAllowed("Only editors publish, schedule, correct or unpublish stories.");
    }
  }

  static boolean isOwn(User user, DeskStory story) {
    return user.can(Permission.WRITE_STORIES) && story.createdBy() != null && story.createdBy() == user.id();
  }
}

package news.broadsheet.article;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * Where services say that what a story's page shows has changed, once the change is committed:
 * its text (an import brought a newer version), whether it takes comments, or which of its
 * comments readers see (a moderator's decision, readers' reports). Listeners hear the story's id;
 * the web adapter forgets the pages it keeps of the story. New comments and recommendations are
 * told by {@code CommentPostingService}'s own listeners.
 */
public final class StoryChanges {

  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

  public void addListener(LongConsumer listener) {
    listeners.add(listener);
  }

  /** Tells every listener; call it after the change has committed. */
  public void changed(long articleId) {
    listeners.forEach(listener -> listener.accept(articleId));
  }
}

package news.broadsheet.article;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import news.broadsheet.storage.ChangeFeed;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Change;
import org.jdbi.v3.core.Handle;

/**
 * Where services say that what a story's page shows has changed: its text (an import brought a
 * newer version), whether it takes comments, or which of its comments readers see (a moderator's
 * decision, readers' reports). A service tells it inside the transaction that makes the change;
 * listeners hear the story's id once that transaction has committed, and so do the listeners of
 * every other node sharing the database (through the {@link ChangeFeed}), where new comments and
 * recommendations made on other nodes arrive here too. The web adapter forgets the pages it keeps
 * of the story. New comments and recommendations made in this process are told by {@code
 * CommentPostingService}'s own listeners.
 */
public final class StoryChanges {

  private final ChangeFeed feed;
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

  public StoryChanges(ChangeFeed feed) {
    this.feed = feed;
    for (ChangeKind kind : List.of(ChangeKind.STORY, ChangeKind.COMMENT_PUBLISHED, ChangeKind.RECOMMENDED)) {
      feed.on(kind, change -> tell(change.subject()));
    }
  }

  public void addListener(LongConsumer listener) {
    listeners.add(listener);
  }

  /**
   * Says that the story changed, inside the transaction that changes it: this process's listeners
   * and every other node hear of it when the transaction commits, and nobody if it rolls back.
   */
  public void changed(Handle handle, long articleId) {
    feed.announce(handle, Change.story(articleId));
    handle.afterCommit(() -> tell(articleId));
  }

  private void tell(long articleId) {
    listeners.forEach(listener -> listener.accept(articleId));
  }
}

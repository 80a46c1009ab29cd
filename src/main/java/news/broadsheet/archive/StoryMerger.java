package news.broadsheet.archive;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleImportStore;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.SourceZones;
import news.broadsheet.article.Story;
import news.broadsheet.article.StoryKey;
import news.broadsheet.comment.CommentIdentity;
import news.broadsheet.comment.CommentImportStore;
import news.broadsheet.comment.CommentOrigin;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.comment.NewComment;
import news.broadsheet.storage.DeferredIndexes;
import org.jdbi.v3.core.Handle;

/**
 * Stores one archived story inside the caller's transaction, by the identity rules of the
 * format: a story already stored gains only the comments it lacks, and takes the file's text
 * when the file's version is not older than the stored one.
 */
public final class StoryMerger {

  private final ArticleStore articles;
  private final CommentStore comments;
  private final SourceZones zones;

  public StoryMerger(ArticleStore articles, CommentStore comments, SourceZones zones) {
    this.articles = articles;
    this.comments = comments;
    this.zones = zones;
  }

  /**
   * What storing a story needs that the database does not decide: each comment's text and
   * identity. Pure work, so an import does it for the next files while the current ones are
   * written.
   */
  static Prepared prepare(ArchivedStory archived) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> texts = new ArrayList<>(archived.comments().size());
    List<CommentIdentity> identities = new ArrayList<>(archived.comments().size());
    for (ArchivedComment comment : archived.comments()) {
      String text = comment.text();
      String digest = CommentIdentity.digestOf(comment.name(), comment.postedLocal(), text);
      texts.add(text);
      identities.add(new CommentIdentity(digest, seen.merge(digest, 1, Integer::sum) - 1));
    }
    return new Prepared(archived, texts, identities);
  }

  /** Opens a session that stores stories in the caller's transaction; close it before the end. */
  Session open(Handle handle) {
    return new Session(handle, null);
  }

  /**
   * Opens a bulk session, which sets the comments' indexes and the insert triggers named aside
   * until {@link Session#finish}, which builds the indexes and the triggers again.
   */
  Session openBulk(Handle handle, Set<String> triggers) {
    return new Session(handle, comments.setIndexesAside(handle, triggers));
  }

  /** How many comments are stored, at most. */
  long storedCommentsAtMost(Handle handle) {
    return comments.storedAtMost(handle);
  }

  /**
   * Stores stories inside one transaction, a group of files at a time, with the statements every
   * file runs prepared once for all of them. How many comments a file added to a story stored
   * before is known once {@link #finish} has merged them.
   */
  final class Session implements AutoCloseable {
    private final Handle handle;
    private final ArticleImportStore articleStatements;
    private final CommentImportStore commentStatements;
    private final List<Stored> stored = new ArrayList<>();
    private DeferredIndexes setAside;
    private long lastSetAside = -1;

    private Session(Handle handle, DeferredIndexes setAside) {
      this.handle = handle;
      this.setAside = setAside;
      this.articleStatements = articles.importStore(handle);
      this.commentStatements = comments.importStore(handle);
    }

    /** Stores the files' stories in order: a story new to the database first, then those it had. */
    void store(List<Prepared> group, long nowMillis) {
      Map<StoryKey, Article> known =
          articleStatements.findAll(group.stream().map(p -> p.story().story().key()).distinct().toList());
      List<Story> newStories = new ArrayList<>();
      List<ZoneId> newZones = new ArrayList<>();
      Set<StoryKey> newKeys = new HashSet<>();
      for (Prepared prepared : group) {
        Story story = prepared.story().story();
        if (!known.containsKey(story.key()) && newKeys.add(story.key())) {
          newStories.add(story);
          newZones.add(zones.zoneOf(story.source()));
        }
      }
      Iterator<Article> inserted = articleStatements.insertAll(newStories, newZones, nowMillis).iterator();
      for (Prepared prepared : group) {
        Story story = prepared.story().story();
        Article article = known.get(story.key());
        if (article == null) {
          article = inserted.next();
          known.put(story.key(), article);
          List<NewComment> all = newComments(article, prepared);
          commentStatements.insertAll(all, nowMillis);
          stored.add(new Stored(article.id(), ImportOutcome.NEW, all.size()));
        } else {
          known.put(story.key(), merge(article, prepared, nowMillis));
        }
      }
    }

    /** Takes the file's text when it is not older, and merges the file's comments. */
    private Article merge(Article article, Prepared prepared, long nowMillis) {
      Story story = prepared.story().story();
      boolean textChanged = !article.story().equals(story) && isNotOlder(story, article.story());
      if (textChanged) {
        articles.updateContent(handle, article.id(), story);
      }
      commentStatements.merge(stored.size(), newComments(article, prepared), nowMillis);
      stored.add(new Stored(article.id(), textChanged ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED, -1));
      return textChanged ? new Article(article.id(), story, article.zone(), article.slug(), article.commentsClosed()) : article;
    }

    /** Sends the comments that wait, as far as they can go before {@link #finish}. */
    void flush() {
      commentStatements.flush();
    }

    /**
     * Sends everything that waits, merges included, and returns what each file stored since the
     * last call, in order.
     */
    /**
     * The last comment stored while the insert triggers were set aside (a bulk session, once
     * {@link #finish} has run); the comments it merges after are stored with them.
     */
    long lastStoredSetAside() {
      return lastSetAside;
    }

    List<Result> finish() {
      commentStatements.flush();
      if (setAside != null) {
        lastSetAside = comments.storedAtMost(handle);
        setAside.restore();
        setAside = null;
      }
      Map<Integer, Integer> merged = commentStatements.finish();
      List<Result> results = new ArrayList<>(stored.size());
      for (int file = 0; file < stored.size(); file++) {
        Stored one = stored.get(file);
        int added = one.added() >= 0 ? one.added() : merged.getOrDefault(file, 0);
        ImportOutcome outcome = one.outcome() == ImportOutcome.UNCHANGED && added > 0 ? ImportOutcome.UPDATED : one.outcome();
        results.add(new Result(one.articleId(), outcome, added));
      }
      stored.clear();
      return results;
    }

    @Override
    public void close() {
      try (commentStatements) {
        articleStatements.close();
      }
    }
  }

  /** A file stored, its added comments not yet counted when -1 (a merge). */
  private record Stored(long articleId, ImportOutcome outcome, int added) {}

  private static boolean isNotOlder(Story incoming, Story stored) {
    if (incoming.byline() == null || stored.byline() == null) {
      return true;
    }
    return !incoming.byline().updatedOn().isBefore(stored.byline().updatedOn());
  }

  private static List<NewComment> newComments(Article article, Prepared prepared) {
    ZoneId zone = article.zone();
    List<ArchivedComment> archived = prepared.story().comments();
    List<NewComment> result = new ArrayList<>(archived.size());
    for (int i = 0; i < archived.size(); i++) {
      ArchivedComment comment = archived.get(i);
      result.add(
          new NewComment(
              article.id(),
              null,
              comment.name(),
              comment.postedLocal().atZone(zone).toInstant(),
              comment.postedLocal(),
              prepared.texts().get(i),
              CommentStatus.PUBLISHED,
              CommentOrigin.IMPORTED,
              prepared.identities().get(i)));
    }
    return result;
  }

  /** A parsed story with its comments' texts and identities, in the file's order. */
  record Prepared(ArchivedStory story, List<String> texts, List<CommentIdentity> identities) {}

  record Result(long articleId, ImportOutcome outcome, int commentsAdded) {}
}

package news.broadsheet.archive;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleImportStore;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.SourceZones;
import news.broadsheet.article.Story;
import news.broadsheet.comment.CommentIdentity;
import news.broadsheet.comment.CommentImportStore;
import news.broadsheet.comment.CommentOrigin;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.comment.ImportedComments;
import news.broadsheet.comment.NewComment;
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
  private final ImportedComments counts;

  /** @param counts told of every comment stored, in the same transaction */
  public StoryMerger(ArticleStore articles, CommentStore comments, SourceZones zones, ImportedComments counts) {
    this.articles = articles;
    this.comments = comments;
    this.zones = zones;
    this.counts = counts;
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
    return new Session(handle);
  }

  /**
   * Stores stories inside one transaction, with the statements every file runs prepared once
   * for all of them.
   */
  final class Session implements AutoCloseable {
    private final Handle handle;
    private final ArticleImportStore articleStatements;
    private final CommentImportStore commentStatements;
    private final ImportedComments.Tally tally;

    private Session(Handle handle) {
      this.handle = handle;
      this.articleStatements = articles.importStore(handle);
      this.commentStatements = comments.importStore(handle);
      this.tally = counts.open(handle);
    }

    Result store(Prepared prepared, long nowMillis) {
      Story story = prepared.story().story();
      Optional<Article> stored = articleStatements.findByKey(story.key());
      if (stored.isEmpty()) {
        Article article = articleStatements.insert(story, zones.zoneOf(story.source()), nowMillis);
        int added = insertNew(article, prepared, nowMillis);
        return new Result(article.id(), ImportOutcome.NEW, added);
      }
      Article article = stored.get();
      boolean textChanged = !article.story().equals(story) && isNotOlder(story, article.story());
      if (textChanged) {
        articles.updateContent(handle, article.id(), story);
      }
      int added = insertNew(article, prepared, nowMillis);
      return new Result(
          article.id(), textChanged || added > 0 ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED, added);
    }

    private int insertNew(Article article, Prepared prepared, long nowMillis) {
      String source = article.story().source();
      return commentStatements.insertNew(
          newComments(article, prepared), nowMillis, stored -> tally.stored(source, stored));
    }

    @Override
    public void close() {
      try (commentStatements; tally) {
        articleStatements.close();
      }
    }
  }

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

package news.broadsheet.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import news.broadsheet.article.CommentingTerms;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.CommentsPolicy;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Change;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;
import news.broadsheet.storage.GroupCommitWriter;
import org.jdbi.v3.core.Handle;

/**
 * Takes a reader's comment: checks it, passes it through the one screening step, stores it
 * durably with the status screening gave, and tells listeners when it is published. Whether
 * guests may comment, or only signed-in readers, is the setting {@link CommentSettings#COMMENTERS}.
 */
public final class CommentPostingService {

  private final Database database;
  private final GroupCommitWriter writer;
  private final ArticleStore articles;
  private final CommentStore comments;
  private final Screening screening;
  private final AccountNames accountNames;
  private final CommentsPolicy policy;
  private final SettingsService settings;
  private final Clock clock;
  private final List<PublishedCommentListener> listeners = new CopyOnWriteArrayList<>();
  private final List<RecommendationListener> recommendationListeners = new CopyOnWriteArrayList<>();

  public CommentPostingService(
      Database database,
      GroupCommitWriter writer,
      ArticleStore articles,
      CommentStore comments,
      Screening screening,
      AccountNames accountNames,
      CommentsPolicy policy,
      SettingsService settings,
      Clock clock) {
    this.database = database;
    this.writer = writer;
    this.articles = articles;
    this.comments = comments;
    this.screening = screening;
    this.accountNames = accountNames;
    this.policy = policy;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether guests may comment now; when not, only signed-in readers may. */
  public boolean guestsMayComment() {
    return settings.get(CommentSettings.COMMENTERS).equals(CommentSettings.GUESTS);
  }

  public void addListener(PublishedCommentListener listener) {
    listeners.add(listener);
  }

  public void addRecommendationListener(RecommendationListener listener) {
    recommendationListeners.add(listener);
  }

  /**
   * Tells listeners that a stored comment has become visible, e.g. when a moderator approves a
   * held comment; does nothing for a comment that is not published.
   */
  public void announcePublished(Comment comment) {
    if (comment.status() == CommentStatus.PUBLISHED) {
      listeners.forEach(listener -> listener.published(comment));
    }
  }

  /**
   * Stores the comment and returns it as stored (published, pending or rejected).
   *
   * @throws InvalidCommentException when the comment or its story does not allow it, or when a
   *     guest posts while only signed-in readers may ({@link CommentError#SIGN_IN_REQUIRED}) or
   *     under an account's name or one that looks the same (field name, {@link
   *     CommentError#NAME_OF_AN_ACCOUNT}), or when the name or text holds a character that hides
   *     what is shown ({@link CommentError#FORBIDDEN_CHARACTER}); nothing is stored then
   */
  public Comment post(CommentDraft typed) {
    CommentDraft draft = typed.normalised();
    if (draft.byGuest() && !guestsMayComment()) {
      throw new InvalidCommentException(
          CommentError.SIGN_IN_REQUIRED, null, "Only signed-in readers may comment here. Please sign in, or create an account, to comment.");
    }
    CommentRules.check(draft);
    if (draft.byGuest() && accountNames.isTaken(draft.name())) {
      throw new InvalidCommentException(
          CommentError.NAME_OF_AN_ACCOUNT,
          "name",
          "This name belongs to a reader's account here. Sign in to use it, or choose another name.");
    }
    Instant now = clock.instant();
    CommentingTerms story = openStory(draft.articleId(), now);
    Verdict verdict = screening.screen(draft);
    LocalDateTime local = LocalDateTime.ofInstant(now, story.zone()).truncatedTo(ChronoUnit.MINUTES);
    String archived = String.join("\n\n", CommentText.paragraphs(draft.text(), CommentOrigin.POSTED));
    String digest = CommentIdentity.digestOf(draft.name(), local, archived);
    // Keyed by identity: the same comment posted twice at once is stored twice, one after the other.
    Comment stored = writer.write(digest.hashCode(), handle -> store(handle, draft, verdict, now, local, digest));
    if (stored.status() == CommentStatus.PUBLISHED) {
      listeners.forEach(listener -> listener.published(stored));
    }
    return stored;
  }

  /**
   * The story, when it takes comments now. Read before the write, so that the one writer thread
   * does only what must be in the transaction; a story closed in the instant between takes the
   * comment, as it would have a moment earlier.
   */
  private CommentingTerms openStory(long articleId, Instant now) {
    CommentingTerms story =
        database
            .read(handle -> articles.commentingTerms(handle, articleId))
            .filter(CommentingTerms::published)
            .orElseThrow(() -> new InvalidCommentException(CommentError.NO_SUCH_STORY, null, "There is no such story."));
    if (!policy.isOpen(story, now)) {
      throw new InvalidCommentException(CommentError.CLOSED, null, "Comments on this story are closed.");
    }
    return story;
  }

  /** Stores the comment in the writer's transaction: the parts that need the database's state. */
  private Comment store(
      Handle handle, CommentDraft draft, Verdict verdict, Instant now, LocalDateTime local, String digest) {
    Long rootId = draft.parentId() == null ? null : threadOfParent(handle, draft);
    NewComment comment =
        new NewComment(
            draft.articleId(),
            draft.parentId(),
            draft.name(),
            now,
            local,
            draft.text(),
            verdict.status(),
            CommentOrigin.POSTED,
            new CommentIdentity(digest, 0)); // stored as the next copy of this identity on the story
    Comment stored =
        comments.insertPosted(
            handle, comment, rootId, verdict.reasons(), draft.clientKey(), draft.accountId(), now.toEpochMilli());
    screening.stored(handle, stored, verdict);
    if (stored.status() == CommentStatus.PUBLISHED) {
      database.changes().announce(handle, new Change(ChangeKind.COMMENT_PUBLISHED, stored.articleId(), stored.id()));
    }
    return stored;
  }

  private long threadOfParent(Handle handle, CommentDraft draft) {
    Comment parent =
        comments
            .find(handle, draft.parentId())
            .filter(c -> c.articleId() == draft.articleId() && c.status() == CommentStatus.PUBLISHED)
            .orElseThrow(
                () ->
                    new InvalidCommentException(
                        CommentError.NO_SUCH_PARENT, "parentId", "The comment you are replying to is not on this story."));
    return comments.rootOf(handle, parent.id());
  }

  /**
   * Records a reader's recommendation of a published comment, once per reader.
   *
   * @return the comment with its recommendation count after this one
   */
  public Comment recommend(long commentId, String readerKey) {
    long now = clock.millis();
    Recommendation outcome =
        writer.write(
            handle -> {
              Comment comment =
                  comments
                      .find(handle, commentId)
                      .filter(c -> c.status() == CommentStatus.PUBLISHED)
                      .orElseThrow(
                          () -> new InvalidCommentException(CommentError.NO_SUCH_COMMENT, null, "There is no such comment."));
              boolean added = comments.addRecommendation(handle, comment.id(), readerKey, now);
              if (added) {
                database.changes().announce(handle, new Change(ChangeKind.RECOMMENDED, comment.articleId(), comment.id()));
              }
              return new Recommendation(comments.find(handle, commentId).orElseThrow(), added);
            });
    if (outcome.added()) {
      recommendationListeners.forEach(listener -> listener.recommended(outcome.comment()));
    }
    return outcome.comment();
  }

  private record Recommendation(Comment comment, boolean added) {}
}

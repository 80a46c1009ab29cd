package news.broadsheet.insight;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.ReasonKind;
import news.broadsheet.storage.Database;

/**
 * How readers reacted to a story, worked out from its comments (every status), the commenters'
 * first comments on the site, and a sample of the site's words for its phrases.
 */
public final class ReactionService {

  static final int MOST_RECOMMENDED = 5;
  static final int PHRASES = 8;

  private final Database database;
  private final ArticleStore articles;
  private final CommentStore comments;
  private final ReactionStore store;
  private final BackgroundSample site;

  public ReactionService(Database database, ArticleStore articles, CommentStore comments, ReactionStore store, Clock clock) {
    this.database = database;
    this.articles = articles;
    this.comments = comments;
    this.store = store;
    this.site = new BackgroundSample(database, store, clock);
  }

  /** The story's reaction, or empty when there is no such story. */
  public Optional<Reaction> reaction(long articleId) {
    Read read = database.read(handle -> {
      Optional<Article> article = articles.find(handle, articleId);
      if (article.isEmpty()) {
        return null;
      }
      List<Comment> all = comments.allOfArticle(handle, articleId);
      Map<String, Long> firsts = store.firstComments(handle, all.stream().map(ReactionService::commenter).distinct().toList());
      return new Read(article.get(), all, firsts, store.recommenders(handle, articleId));
    });
    return Optional.ofNullable(read).map(this::reaction);
  }

  private record Read(Article article, List<Comment> comments, Map<String, Long> firstComments, long recommenders) {}

  private Reaction reaction(Read read) {
    List<Comment> all = read.comments();
    StatusCounts counts = new StatusCounts();
    all.forEach(comment -> counts.add(comment.status()));
    List<Comment> published = all.stream().filter(comment -> comment.status() == CommentStatus.PUBLISHED).toList();
    return new Reaction(
        read.article(),
        read.article().zone(),
        new Counts(counts.published(), counts.pending(), counts.rejected()),
        all.isEmpty() ? null : all.get(0).postedLocal(),
        all.stream().map(Comment::postedLocal).max(Comparator.naturalOrder()).orElse(null),
        Timeline.of(all),
        commenters(all, read.firstComments()),
        recommendations(published, read.recommenders()),
        reasons(all),
        languages(all),
        phrases(read.article().id(), published));
  }

  private static Reaction.Commenters commenters(List<Comment> all, Map<String, Long> firstOnSite) {
    Map<String, Long> firstHere = new LinkedHashMap<>();
    for (Comment comment : all) {
      firstHere.merge(commenter(comment), comment.postedAt().toEpochMilli(), Math::min);
    }
    long newcomers = firstHere.entrySet().stream()
        .filter(first -> firstOnSite.getOrDefault(first.getKey(), first.getValue()) >= first.getValue())
        .count();
    return new Reaction.Commenters(firstHere.size(), newcomers, firstHere.size() - newcomers);
  }

  private static Reaction.Recommendations recommendations(List<Comment> published, long readers) {
    long total = published.stream().mapToLong(Comment::recommendations).sum();
    List<Comment> most = published.stream()
        .filter(comment -> comment.recommendations() > 0)
        .sorted(Comparator.comparingInt((Comment comment) -> -comment.recommendations()).thenComparing(Comment::postedAt))
        .limit(MOST_RECOMMENDED)
        .toList();
    return new Reaction.Recommendations(total, readers, most);
  }

  private static List<Reaction.ReasonCount> reasons(List<Comment> all) {
    Map<ReasonKind, long[]> byKind = new TreeMap<>();
    for (Comment comment : all) {
      if (comment.status() == CommentStatus.PUBLISHED) {
        continue;
      }
      comment.reasons().stream().map(Reason::kind).distinct().forEach(kind ->
          byKind.computeIfAbsent(kind, key -> new long[2])[comment.status() == CommentStatus.PENDING ? 0 : 1]++);
    }
    List<Reaction.ReasonCount> reasons = new ArrayList<>();
    byKind.forEach((kind, held) -> reasons.add(new Reaction.ReasonCount(kind.code(), kind, held[0], held[1])));
    reasons.sort(Comparator.comparingLong((Reaction.ReasonCount reason) -> -(reason.held() + reason.rejected())));
    return reasons;
  }

  private static List<Reaction.LanguageCount> languages(List<Comment> all) {
    Map<Language, Long> counts = new EnumMap<>(Language.class);
    for (Comment comment : all) {
      counts.merge(LanguageClassifier.classify(comment.text()), 1L, Long::sum);
    }
    List<Reaction.LanguageCount> languages = new ArrayList<>();
    counts.forEach((language, count) -> languages.add(new Reaction.LanguageCount(language, count)));
    return languages;
  }

  private List<Reaction.Phrase> phrases(long articleId, List<Comment> published) {
    Terms terms = new Terms();
    List<PhraseFinder.Analysed> analysed = published.stream()
        .map(comment -> new PhraseFinder.Analysed(comment, terms.of(comment.text())))
        .toList();
    return PhraseFinder.find(analysed, site.restOf(articleId), PHRASES);
  }

  static String commenter(Comment comment) {
    return CommenterKey.of(comment.accountId(), comment.name());
  }
}

package news.broadsheet;

import java.time.Clock;
import news.broadsheet.account.AccountService;
import news.broadsheet.account.AccountStore;
import news.broadsheet.account.PasswordHasher;
import news.broadsheet.analytics.CorpusStatsService;
import news.broadsheet.archive.ArchiveExporter;
import news.broadsheet.archive.ArchiveImporter;
import news.broadsheet.archive.ArchiveReader;
import news.broadsheet.archive.ArchiveWriter;
import news.broadsheet.archive.StoryMerger;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.SourceZones;
import news.broadsheet.article.StoryIndex;
import news.broadsheet.article.StoryIndexStore;
import news.broadsheet.article.CommentsPolicy;
import news.broadsheet.comment.CommentPostingService;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.Screening;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.config.AppConfig;
import news.broadsheet.demo.DemoContent;
import news.broadsheet.storage.Database;
import news.broadsheet.storage.GroupCommitWriter;

/**
 * The composition root: builds every service of Broadsheet from one configuration, with plain
 * constructors. The command line and the web server are adapters over what it exposes.
 */
public final class App implements AutoCloseable {

  private final AppConfig config;
  private final Clock clock;
  private final Database database;
  private final ArchiveImporter importer;
  private final ArchiveExporter exporter;
  private final CorpusStatsService stats;
  private final ArticleService articleService;
  private final CommentService commentService;
  private final DemoContent demo;
  private final GroupCommitWriter writer;
  private final CommentPostingService posting;
  private final AccountService accounts;
  private final CommentsPolicy commentsPolicy;
  private final StoryIndex storyIndex;

  public App(AppConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.database = Database.open(config.database());
    ArticleStore articles = new ArticleStore();
    CommentStore comments = new CommentStore();
    SourceZones zones = new SourceZones(config.defaultZone(), config.sourceZones());
    this.importer =
        new ArchiveImporter(
            database, new ArchiveReader(), new StoryMerger(articles, comments, zones), clock);
    this.exporter = new ArchiveExporter(database, articles, comments, new ArchiveWriter());
    this.stats = new CorpusStatsService(database, articles, comments);
    this.articleService = new ArticleService(database, articles);
    this.commentService = new CommentService(database, comments);
    this.storyIndex = new StoryIndex(database, new StoryIndexStore());
    this.commentsPolicy = new CommentsPolicy(config.commentsCloseAfterDays());
    this.demo = new DemoContent(articleService, importer);
    this.writer = new GroupCommitWriter(database);
    this.posting =
        new CommentPostingService(
            writer,
            articles,
            comments,
            Screening.PUBLISH_ALL,
            commentsPolicy,
            clock);
    this.accounts = new AccountService(database, new AccountStore(), new PasswordHasher(), clock);
  }

  public AppConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  public Database database() {
    return database;
  }

  public ArchiveImporter importer() {
    return importer;
  }

  public ArchiveExporter exporter() {
    return exporter;
  }

  public CorpusStatsService stats() {
    return stats;
  }

  public ArticleService articles() {
    return articleService;
  }

  public CommentService comments() {
    return commentService;
  }

  public CommentPostingService posting() {
    return posting;
  }

  public AccountService accounts() {
    return accounts;
  }

  /** Whether a story takes comments now: the same rule posting enforces. */
  public CommentsPolicy commentsPolicy() {
    return commentsPolicy;
  }

  /** Stories counted by month, day and source, for the archive pages. */
  public StoryIndex storyIndex() {
    return storyIndex;
  }

  public DemoContent demo() {
    return demo;
  }

  @Override
  public void close() {
    writer.close();
    database.close();
  }
}

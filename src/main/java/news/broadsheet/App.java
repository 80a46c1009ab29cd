package news.broadsheet;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import news.broadsheet.account.AccountService;
import news.broadsheet.account.AccountSettings;
import news.broadsheet.account.AccountStore;
import news.broadsheet.account.ApiTokenStore;
import news.broadsheet.account.ApiTokens;
import news.broadsheet.account.PasswordHasher;
import news.broadsheet.analytics.CorpusStatsService;
import news.broadsheet.archive.ArchiveExporter;
import news.broadsheet.archive.ArchiveImporter;
import news.broadsheet.archive.ArchiveReader;
import news.broadsheet.archive.ArchiveWriter;
import news.broadsheet.archive.BulkLoadListener;
import news.broadsheet.archive.StoryMerger;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.SourceZones;
import news.broadsheet.article.StoryIndex;
import news.broadsheet.article.StoryChanges;
import news.broadsheet.article.StoryIndexStore;
import news.broadsheet.article.CommentsPolicy;
import news.broadsheet.cluster.ClusterJobs;
import news.broadsheet.cluster.RateLimits;
import news.broadsheet.comment.CommentPostingService;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.CommentSettings;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.comment.NewComments;
import news.broadsheet.comment.FollowingNewComments;
import news.broadsheet.comment.NotifiedNewComments;
import news.broadsheet.comment.PolledNewComments;
import news.broadsheet.config.AppConfig;
import news.broadsheet.demo.DemoContent;
import news.broadsheet.desk.Desk;
import news.broadsheet.desk.DeskSettings;
import news.broadsheet.insight.DashboardService;
import news.broadsheet.insight.DashboardStore;
import news.broadsheet.insight.ReactionService;
import news.broadsheet.insight.ReactionStore;
import news.broadsheet.insight.TallyStore;
import news.broadsheet.media.MediaService;
import news.broadsheet.media.MediaSettings;
import news.broadsheet.media.MediaStore;
import news.broadsheet.moderation.ActivityStore;
import news.broadsheet.moderation.ClassifierCheck;
import news.broadsheet.moderation.ClassifierService;
import news.broadsheet.moderation.CommenterCountsStore;
import news.broadsheet.moderation.DecisionStore;
import news.broadsheet.moderation.DuplicateCheck;
import news.broadsheet.moderation.EvaluationService;
import news.broadsheet.moderation.FloodCheck;
import news.broadsheet.moderation.LinkCheck;
import news.broadsheet.moderation.ModerationService;
import news.broadsheet.moderation.ModerationSettings;
import news.broadsheet.moderation.ModerationStore;
import news.broadsheet.moderation.PremoderationCheck;
import news.broadsheet.moderation.PremoderationService;
import news.broadsheet.moderation.PremoderationStore;
import news.broadsheet.moderation.QueueService;
import news.broadsheet.moderation.QueueStore;
import news.broadsheet.moderation.ReportService;
import news.broadsheet.moderation.ReportStore;
import news.broadsheet.moderation.SanctionCheck;
import news.broadsheet.moderation.SanctionService;
import news.broadsheet.moderation.SanctionStore;
import news.broadsheet.moderation.ScreeningPipeline;
import news.broadsheet.moderation.ShoutingCheck;
import news.broadsheet.moderation.WordCheck;
import news.broadsheet.moderation.WordListService;
import news.broadsheet.moderation.WordStore;
import news.broadsheet.search.CommentIndexStore;
import news.broadsheet.search.SearchIndexer;
import news.broadsheet.search.SearchService;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.settings.SettingsStore;
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
  private final StoryChanges storyChanges;
  private final ArchiveImporter importer;
  private final ArchiveExporter exporter;
  private final CorpusStatsService stats;
  private final ArticleService articleService;
  private final CommentService commentService;
  private final DemoContent demo;
  private final GroupCommitWriter writer;
  private final CommentPostingService posting;
  private final FollowingNewComments newComments;
  private final AccountService accounts;
  private final CommentsPolicy commentsPolicy;
  private final StoryIndex storyIndex;
  private final SettingsService settings;
  private final WordListService words;
  private final SanctionService sanctions;
  private final PremoderationService premoderation;
  private final ClassifierService classifier;
  private final ScreeningPipeline screening;
  private final ModerationService moderation;
  private final ReportService reports;
  private final EvaluationService evaluation;
  private final DashboardService dashboard;
  private final ReactionService reactions;
  private final ApiTokens apiTokens;
  private final MediaService media;
  private final Desk desk;
  private final QueueService queue;
  private final SearchIndexer searchIndexer;
  private final SearchService search;
  private final RateLimits rateLimits;
  private final ClusterJobs jobs;

  public App(AppConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.database = Database.open(config.database());
    this.storyChanges = new StoryChanges(database.changes());
    ArticleStore articles = new ArticleStore();
    CommentStore comments = new CommentStore();
    SourceZones zones = new SourceZones(config.defaultZone(), config.sourceZones());
    this.searchIndexer = new SearchIndexer(database);
    this.importer =
        new ArchiveImporter(
            database, new ArchiveReader(), new StoryMerger(articles, comments, zones), storyChanges, clock,
            bulkLoaded(searchIndexer, new TallyStore()));
    this.exporter = new ArchiveExporter(database, articles, comments, new ArchiveWriter());
    this.stats = new CorpusStatsService(database, articles, comments);
    this.articleService = new ArticleService(database, articles, storyChanges);
    this.commentService = new CommentService(database, comments);
    this.storyIndex = new StoryIndex(database, new StoryIndexStore());
    this.commentsPolicy = new CommentsPolicy(config.commentsCloseAfterDays());
    this.demo = new DemoContent(articleService, importer);
    this.writer = new GroupCommitWriter(database);
    this.settings =
        new SettingsService(
            database,
            new SettingsStore(),
            Stream.of(ModerationSettings.ALL, CommentSettings.ALL, AccountSettings.ALL, DeskSettings.ALL, MediaSettings.ALL)
                .flatMap(List::stream).toList(),
            clock);
    ModerationStore events = new ModerationStore();
    ActivityStore activity = new ActivityStore();
    this.words = new WordListService(database, new WordStore(), clock);
    this.sanctions = new SanctionService(database, new SanctionStore(), activity, events, clock);
    this.premoderation = new PremoderationService(database, new PremoderationStore(), events, clock);
    this.classifier = new ClassifierService(database, new DecisionStore(), settings);
    this.screening =
        new ScreeningPipeline(
            List.of(
                new SanctionCheck(sanctions, settings),
                new WordCheck(words, settings),
                new LinkCheck(settings),
                new ShoutingCheck(settings),
                new DuplicateCheck(database, activity, settings),
                new FloodCheck(database, activity, settings),
                new PremoderationCheck(premoderation, database, activity, settings),
                new ClassifierCheck(classifier, settings)),
            events,
            clock);
    this.rateLimits = RateLimits.forDatabase(database, clock);
    AccountStore accountStore = new AccountStore();
    this.accounts = new AccountService(database, accountStore, new PasswordHasher(), settings, rateLimits, clock);
    this.apiTokens = new ApiTokens(database, accountStore, new ApiTokenStore(), clock);
    this.posting =
        new CommentPostingService(
            database,
            writer,
            articles,
            comments,
            screening,
            accounts::nameTaken,
            commentsPolicy,
            settings,
            clock);
    this.newComments = database.isSqlite()
        ? new PolledNewComments(commentService)
        : new NotifiedNewComments(commentService, database.changes());
    posting.addListener(newComments);
    ReportStore reportStore = new ReportStore();
    QueueStore queueStore = new QueueStore(new CommentIndexStore(database.isSqlite()));
    this.moderation =
        new ModerationService(
            database, comments, events, reportStore, queueStore, classifier, posting, storyChanges, clock);
    this.queue = new QueueService(
        database, queueStore, comments, events, reportStore, activity, new CommenterCountsStore(), new SanctionStore());
    this.reports = new ReportService(database, reportStore, comments, events, settings, storyChanges, clock);
    this.evaluation = new EvaluationService(classifier, words, settings);
    database.joinEachTransaction(searchIndexer);
    this.search = new SearchService(database, config.defaultZone());
    this.dashboard = new DashboardService(database, new DashboardStore(), articles, config.defaultZone(), clock);
    this.reactions = new ReactionService(database, articles, comments, new ReactionStore(), clock);
    this.media = new MediaService(database, new MediaStore(), settings, clock);
    this.desk = new Desk(database, articles, settings, zones, media, premoderation, storyChanges, searchIndexer, clock);
    this.jobs = new ClusterJobs(database, clock);
    jobs.add("rate-limit-purge", Duration.ofMinutes(10), rateLimits::purge);
    jobs.add("search-index", Duration.ofSeconds(1), () -> searchIndexer.indexAll(done -> {}));
    jobs.add("desk-schedule", Duration.ofSeconds(1), desk.scheduler()::publishDue);
  }

  /**
   * Starts what a serving node runs besides answering requests: listening for the changes other
   * nodes make, and the periodic jobs, each on one node at a time. Commands do not start them.
   */
  public void startBackgroundWork() {
    database.changes().start();
    jobs.start();
  }

  /** The periodic jobs, each run on one node at a time among those sharing the database. */
  public ClusterJobs jobs() {
    return jobs;
  }

  /** What a bulk load's set-aside insert triggers did: queue for search, count for insight. */
  private static BulkLoadListener bulkLoaded(SearchIndexer searchIndexer, TallyStore tallies) {
    Set<String> triggers = new HashSet<>(SearchIndexer.COMMENT_INSERT_TRIGGERS);
    triggers.addAll(TallyStore.COMMENT_INSERT_TRIGGERS);
    triggers.addAll(CommenterCountsStore.COMMENT_INSERT_TRIGGERS);
    CommenterCountsStore commenters = new CommenterCountsStore();
    return BulkLoadListener.of(Set.copyOf(triggers), (transaction, firstCommentId, lastSetAsideId) -> {
      searchIndexer.queueComments(transaction, firstCommentId);
      tallies.countLoaded(transaction, firstCommentId, lastSetAsideId);
      commenters.countLoaded(transaction, firstCommentId, lastSetAsideId);
    });
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

  /** Where this node learns of newly published comments, from any node. */
  public NewComments newComments() {
    return newComments;
  }

  /**
   * Tells of every committed change to what a story's page shows other than a new comment or
   * recommendation (those come from {@link #posting()}'s listeners).
   */
  public StoryChanges storyChanges() {
    return storyChanges;
  }

  /** Rate limits counted across every node sharing the database (on SQLite, in this process). */
  public RateLimits rateLimits() {
    return rateLimits;
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

  public SettingsService settings() {
    return settings;
  }

  public WordListService words() {
    return words;
  }

  public SanctionService sanctions() {
    return sanctions;
  }

  public PremoderationService premoderation() {
    return premoderation;
  }

  public ClassifierService classifier() {
    return classifier;
  }

  public ScreeningPipeline screening() {
    return screening;
  }

  public ModerationService moderation() {
    return moderation;
  }

  public ReportService reports() {
    return reports;
  }

  public EvaluationService evaluation() {
    return evaluation;
  }

  /** The newsroom's dashboard, from counts kept as comments are written and decided. */
  public DashboardService dashboard() {
    return dashboard;
  }

  /** How readers reacted to each story. */
  public ReactionService reactions() {
    return reactions;
  }

  /** Tokens for the desk API. */
  public ApiTokens apiTokens() {
    return apiTokens;
  }

  /** Uploaded images. */
  public MediaService media() {
    return media;
  }

  /** The newsroom's desk: stories written, published, updated and corrected on the site. */
  public Desk desk() {
    return desk;
  }

  /** The moderation queue as moderators read it: pages with each comment's context, and counts. */
  public QueueService queue() {
    return queue;
  }

  public DemoContent demo() {
    return demo;
  }

  /** Keeps the search index up to date; what transactions leave queued is indexed by a periodic job. */
  public SearchIndexer searchIndexer() {
    return searchIndexer;
  }

  public SearchService search() {
    return search;
  }

  @Override
  public void close() {
    jobs.close();
    newComments.close();
    searchIndexer.close();
    writer.close();
    database.close();
  }
}

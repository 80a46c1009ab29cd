package news.broadsheet.desk;

import java.time.Clock;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.SourceZones;
import news.broadsheet.article.StoryChanges;
import news.broadsheet.media.MediaService;
import news.broadsheet.moderation.PremoderationService;
import news.broadsheet.search.SearchIndexer;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Database;

/** The desk's services, built together: they share its stores and its writer. */
public final class Desk {

  private final DeskService stories;
  private final DeskBoard board;
  private final Scheduler scheduler;
  private final Newsroom newsroom;
  private final SectionService sections;
  private final AuthorService authors;
  private final StoryBody body;
  private final MediaArchive mediaArchive;
  private final Previews previews;

  public Desk(Database database, ArticleStore articles, SettingsService settings, SourceZones zones, MediaService media,
      PremoderationService premoderation, StoryChanges changes, SearchIndexer search, Clock clock) {
    DeskStore desk = new DeskStore();
    AuthorStore authorStore = new AuthorStore();
    TagStore tags = new TagStore();
    SectionStore sectionStore = new SectionStore();
    DeskWriter writer = new DeskWriter(database, desk, new RevisionStore(),
        new Taxonomy(authorStore, tags, sectionStore), articles, search, changes, clock);
    StoryEffects effects = new StoryEffects(premoderation);
    this.stories = new DeskService(writer, settings, zones, media, effects, clock);
    this.board = new DeskBoard(database, new DeskListStore());
    this.scheduler = new Scheduler(database, desk, writer, effects, clock);
    this.newsroom = new Newsroom(database, new ListingStore(), new CorrectionStore(), authorStore, tags, sectionStore,
        desk, media);
    this.sections = new SectionService(database, sectionStore, clock);
    this.authors = new AuthorService(database, authorStore);
    this.body = new StoryBody(media::find);
    this.mediaArchive = new MediaArchive(database, articles, desk, media, body);
    this.previews = new Previews(database, writer, authorStore, sectionStore, new CorrectionStore(), media, settings,
        zones, clock);
  }

  /** Stories as readers would see them with unsaved text. */
  public Previews previews() {
    return previews;
  }

  /** The images of exported stories, written beside them and read back by imports. */
  public MediaArchive mediaArchive() {
    return mediaArchive;
  }

  /** Writing, editing, publishing and correcting stories. */
  public DeskService stories() {
    return stories;
  }

  /** The desk's list of stories. */
  public DeskBoard board() {
    return board;
  }

  /** Publishes scheduled stories on time; a server runs it as one of its periodic jobs. */
  public Scheduler scheduler() {
    return scheduler;
  }

  /** What readers see of the desk's stories: sections, tags, authors, corrections, sitemaps. */
  public Newsroom newsroom() {
    return newsroom;
  }

  public SectionService sections() {
    return sections;
  }

  public AuthorService authors() {
    return authors;
  }

  /** The HTML of a CommonMark body. */
  public StoryBody body() {
    return body;
  }
}

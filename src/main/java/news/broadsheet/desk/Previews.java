package news.broadsheet.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import news.broadsheet.account.User;
import news.broadsheet.article.Article;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.Publication;
import news.broadsheet.article.Slugs;
import news.broadsheet.article.SourceZones;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.media.MediaService;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Database;

/**
 * A story as readers would see it if it were published now with the text in the editor, without
 * storing anything: the same rules as a save (a refusal names its field), the same shape.
 */
public final class Previews {

  private final Database database;
  private final DeskWriter writer;
  private final AuthorStore authors;
  private final SectionStore sections;
  private final CorrectionStore corrections;
  private final MediaService media;
  private final SettingsService settings;
  private final SourceZones zones;
  private final Clock clock;
  private final StoryShape shape = new StoryShape();

  Previews(Database database, DeskWriter writer, AuthorStore authors, SectionStore sections, CorrectionStore corrections,
      MediaService media, SettingsService settings, SourceZones zones, Clock clock) {
    this.database = database;
    this.writer = writer;
    this.authors = authors;
    this.sections = sections;
    this.corrections = corrections;
    this.media = media;
    this.settings = settings;
    this.zones = zones;
    this.clock = clock;
  }

  /** The story and its page's details; {@code id} null for a story not yet saved. */
  public Preview of(User by, Long id, StoryDraft draft) {
    StoryDraft content = StoryRules.check(draft);
    Instant now = clock.instant();
    DeskStory base = id == null ? fresh(by, now) : existing(by, id);
    boolean published = base.status() == StoryStatus.PUBLISHED;
    DeskStory next = base.with(StoryStatus.PUBLISHED, content)
        .dated(published ? base.publishedOn() : LocalDate.ofInstant(now, base.zone()),
            published ? base.publishedAt() : now, published ? now : null, null);
    DeskStory shaped = next.saved(base.revision(), Slugs.of(content.headline()), StoryShape.byline(next), now);
    Article article = new Article(base.id(), shape.story(shaped), base.zone(), shaped.slug(),
        content.commentsMode() == CommentsMode.CLOSED,
        new Publication(StoryStatus.PUBLISHED, content.standfirst().isEmpty() ? null : content.standfirst(),
            shaped.publishedAt(), shaped.updatedAt()));
    return new Preview(article, details(base.id(), content));
  }

  private DeskStory fresh(User by, Instant now) {
    DeskPolicy.mayCreate(by);
    String source = settings.get(DeskSettings.SOURCE);
    return new DeskStory(0, StoryStatus.DRAFT, 0, StoryDraft.of("", ""), BodyFormat.COMMONMARK, "story", source,
        zones.zoneOf(source), null, LocalDate.ofInstant(now, zones.zoneOf(source)), null, null, null, by.id(), now);
  }

  private DeskStory existing(User by, long id) {
    DeskStory story = writer.find(id).orElseThrow(() -> DeskException.notFound("There is no story " + id + "."));
    DeskPolicy.mayOpen(by, story);
    return story;
  }

  private StoryDetails details(long id, StoryDraft content) {
    return database.read(handle -> {
      List<Author> named = content.authors().stream()
          .map(name -> authors.bySlug(handle, Slugs.of(name)).orElse(new Author(0, name, Slugs.of(name), "", null)))
          .toList();
      Section section = content.section().isEmpty() ? null : sections.bySlug(handle, content.section()).orElse(null);
      List<Tag> tags = content.tags().stream().map(name -> new Tag(0, name, Slugs.of(name))).toList();
      return new StoryDetails(named, section, tags,
          content.leadMedia().isEmpty() ? null : media.find(content.leadMedia()).orElse(null),
          id == 0 ? List.of() : corrections.ofStory(handle, id));
    });
  }

  /** A story ready to render, with its details. */
  public record Preview(Article article, StoryDetails details) {}
}

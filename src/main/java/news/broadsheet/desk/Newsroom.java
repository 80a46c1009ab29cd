package news.broadsheet.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.media.MediaService;
import news.broadsheet.storage.Database;

/**
 * What readers ask of the desk's stories: pages by section, tag and author, a story's authors,
 * tags, lead image and corrections, the list of corrections, and what sitemaps list. Published
 * stories alone.
 */
public final class Newsroom {

  /** The most stories a news sitemap lists (Google News takes 1,000). */
  public static final int NEWS_LIMIT = 1_000;

  private final Database database;
  private final ListingStore listings;
  private final CorrectionStore corrections;
  private final AuthorStore authors;
  private final TagStore tags;
  private final SectionStore sections;
  private final DeskStore desk;
  private final MediaService media;

  Newsroom(Database database, ListingStore listings, CorrectionStore corrections, AuthorStore authors, TagStore tags,
      SectionStore sections, DeskStore desk, MediaService media) {
    this.database = database;
    this.listings = listings;
    this.corrections = corrections;
    this.authors = authors;
    this.tags = tags;
    this.sections = sections;
    this.desk = desk;
    this.media = media;
  }

  public List<Article> inSection(Section section, int limit, int offset) {
    return database.read(handle -> listings.inSection(handle, section.id(), limit, offset));
  }

  public Optional<Tag> tag(String slug) {
    return database.read(handle -> tags.bySlug(handle, slug == null ? "" : slug));
  }

  public List<Article> tagged(Tag tag, int limit, int offset) {
    return database.read(handle -> listings.tagged(handle, tag.id(), limit, offset));
  }

  public List<Article> byAuthor(Author author, int limit, int offset) {
    return database.read(handle -> listings.byAuthor(handle, author.id(), limit, offset));
  }

  /** A story's authors, section, tags, lead image and corrections. */
  public StoryDetails details(long storyId) {
    return database.read(handle -> {
      Optional<DeskRow> row = desk.find(handle, storyId);
      if (row.isEmpty()) {
        return StoryDetails.NONE;
      }
      Section section = row.get().sectionSlug() == null ? null : sections.bySlug(handle, row.get().sectionSlug()).orElse(null);
      String lead = row.get().leadMedia();
      return new StoryDetails(authors.ofStory(handle, storyId), section, tags.ofStory(handle, storyId),
          lead == null ? null : media.find(lead).orElse(null), corrections.ofStory(handle, storyId));
    });
  }

  /** Corrections of published stories, newest first, a page at a time. */
  public List<Correction> corrections(int limit, int offset) {
    return database.read(handle -> corrections.published(handle, limit, offset));
  }

  /** Every month with published stories, newest first, with when its stories last changed. */
  public List<SitemapMonth> sitemapMonths() {
    return database.read(listings::sitemapMonths);
  }

  /** Published stories of one month, oldest first, a page at a time. */
  public List<SitemapEntry> sitemap(YearMonth month, int limit, int offset) {
    return database.read(handle -> listings.changedBetween(handle, month.atDay(1).toString(),
        month.plusMonths(1).atDay(1).toString(), limit, offset));
  }

  /** Stories published in the two days before {@code now}, for the news sitemap. */
  public List<SitemapEntry> recentlyPublished(Instant now) {
    Instant since = now.minusSeconds(2 * 24 * 3600);
    LocalDate from = LocalDate.ofInstant(since, ZoneOffset.UTC).minusDays(1);
    return database.read(handle -> listings.changedBetween(handle, from.toString(), "9999-12-31", NEWS_LIMIT, 0)).stream()
        .filter(entry -> !published(entry).isBefore(since) && !published(entry).isAfter(now))
        .toList();
  }

  private static Instant published(SitemapEntry entry) {
    return entry.publishedAt() != null ? entry.publishedAt() : entry.publishedOn().atStartOfDay(entry.zone()).toInstant();
  }
}

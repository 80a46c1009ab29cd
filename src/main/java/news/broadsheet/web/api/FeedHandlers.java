package news.broadsheet.web.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.Story;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.desk.Author;
import news.broadsheet.desk.Desk;
import news.broadsheet.desk.Section;
import news.broadsheet.desk.Tag;
import news.broadsheet.web.reader.DeskPaths;
import news.broadsheet.web.api.AtomFeed.Entry;
import news.broadsheet.web.api.AtomFeed.Feed;
import news.broadsheet.web.page.SiteAddress;

/**
 * Atom feeds: the latest stories, the latest of one source, and a story's latest comments. Links
 * are made from the site's configured address ({@link SiteAddress}), never from the request's
 * {@code Host} header, which any client may forge. Ids are {@code tag:} URIs of the site's host
 * name and the story's or comment's id, so they stay the same from one request to the next.
 */
public final class FeedHandlers {

  static final int STORIES = 20;
  static final int COMMENTS = 50;
  private static final String TITLE = "Broadsheet";

  private final ArticleService articles;
  private final CommentService comments;
  private final SiteAddress address;
  private final Desk desk;

  FeedHandlers(ArticleService articles, CommentService comments, SiteAddress address, Desk desk) {
    this.articles = articles;
    this.comments = comments;
    this.address = address;
    this.desk = desk;
  }

  public void latest(Context ctx) {
    Site site = new Site(address);
    List<Article> latest = articles.latest(STORIES, 0);
    respond(ctx, storyFeed(site, "feeds/latest", TITLE + " — latest stories", "/feeds/latest.atom", latest));
  }

  public void source(Context ctx) {
    Site site = new Site(address);
    String source = ctx.pathParam("source");
    List<Article> latest = articles.latestOf(source, STORIES, 0);
    if (latest.isEmpty()) {
      throw new NotFoundResponse("no stories from " + source);
    }
    String path = "feeds/sources/" + URLEncoder.encode(source, StandardCharsets.UTF_8).replace("+", "%20");
    respond(ctx, storyFeed(site, path, TITLE + " — latest stories from " + source, "/" + path + ".atom", latest));
  }

  /** {@code /feeds/sections/{slug}.atom}: a section's latest stories. */
  public void section(Context ctx) {
    Section section = desk.sections().bySlug(ctx.pathParam("slug")).orElseThrow(() -> new NotFoundResponse("no such section"));
    topic(ctx, DeskPaths.section(section.slug()), section.name(), desk.newsroom().inSection(section, STORIES, 0));
  }

  /** {@code /feeds/tags/{slug}.atom}: a tag's latest stories. */
  public void tag(Context ctx) {
    Tag tag = desk.newsroom().tag(ctx.pathParam("slug")).orElseThrow(() -> new NotFoundResponse("no such tag"));
    topic(ctx, DeskPaths.tag(tag.slug()), tag.name(), desk.newsroom().tagged(tag, STORIES, 0));
  }

  /** {@code /feeds/authors/{slug}.atom}: an author's latest stories. */
  public void author(Context ctx) {
    Author author = desk.authors().bySlug(ctx.pathParam("slug")).orElseThrow(() -> new NotFoundResponse("no such author"));
    topic(ctx, DeskPaths.author(author.slug()), author.name(), desk.newsroom().byAuthor(author, STORIES, 0));
  }

  private void topic(Context ctx, String page, String name, List<Article> stories) {
    Site site = new Site(address);
    String self = DeskPaths.feed(page);
    Feed feed = storyFeed(site, self.substring(1).replace(".atom", ""), TITLE + " — " + name, self, stories);
    respond(ctx, new Feed(feed.id(), feed.title(), feed.self(), site.url(page), feed.updated(), feed.entries()));
  }

  public void comments(Context ctx) {
    Site site = new Site(address);
    Article article = find(ctx.pathParam("id"));
    String page = site.url(ApiViews.pathOf(article));
    List<Entry> entries =
        comments.publishedPage(article.id(), CommentSort.NEWEST, null, COMMENTS).stream()
            .map(comment -> commentEntry(site, article, page, comment))
            .toList();
    OffsetDateTime updated = entries.isEmpty() ? storyUpdated(article) : entries.get(0).updated();
    Feed feed =
        new Feed(
            site.tag("story/" + article.id() + "/comments"),
            "Comments on “" + article.story().headline() + "”",
            site.url("/news/" + article.id() + "/comments.atom"),
            page + "#comments",
            updated,
            entries);
    respond(ctx, feed);
  }

  private Feed storyFeed(Site site, String id, String title, String self, List<Article> stories) {
    List<Entry> entries = stories.stream().map(article -> storyEntry(site, article)).toList();
    OffsetDateTime updated =
        entries.stream()
            .map(Entry::updated)
            .max(Comparator.naturalOrder())
            .orElse(Instant.EPOCH.atOffset(ZoneOffset.UTC));
    return new Feed(site.tag(id), title, site.url(self), site.url("/"), updated, entries);
  }

  private Entry storyEntry(Site site, Article article) {
    Story story = article.story();
    String authors = story.byline() == null || story.byline().authors().isBlank() ? story.source() : story.byline().authors();
    Instant publishedAt = article.publication().publishedAt();
    OffsetDateTime published = publishedAt != null
        ? publishedAt.atZone(article.zone()).toOffsetDateTime()
        : story.publishedOn().atStartOfDay(article.zone()).toOffsetDateTime();
    String summary = article.publication().standfirst();
    if (story.format() == BodyFormat.COMMONMARK) {
      return new Entry(site.tag("story/" + article.id()), story.headline(), site.url(ApiViews.pathOf(article)), authors,
          published, storyUpdated(article), desk.body().html(story), true, summary);
    }
    String body = String.join("\n\n", story.paragraphs());
    String content = story.dateline() == null ? body : story.dateline() + ": " + body;
    return new Entry(site.tag("story/" + article.id()), story.headline(), site.url(ApiViews.pathOf(article)), authors,
        published, storyUpdated(article), content, false, summary);
  }

  private static Entry commentEntry(Site site, Article article, String page, Comment comment) {
    OffsetDateTime posted = comment.postedAt().atZone(article.zone()).toOffsetDateTime();
    return new Entry(
        site.tag("comment/" + comment.id()),
        "Comment by " + comment.name(),
        page + "#comment-" + comment.id(),
        comment.name(),
        posted,
        posted,
        comment.text(),
        false,
        null);
  }

  /** When the story last changed: its published update, its publication, or its byline's date. */
  private static OffsetDateTime storyUpdated(Article article) {
    var publication = article.publication();
    if (publication.updatedAt() != null || publication.publishedAt() != null) {
      Instant changed = publication.updatedAt() != null ? publication.updatedAt() : publication.publishedAt();
      return changed.atZone(article.zone()).toOffsetDateTime();
    }
    Story story = article.story();
    var published = story.publishedOn();
    var updated =
        story.byline() != null && story.byline().updatedOn().isAfter(published) ? story.byline().updatedOn() : published;
    return updated.atStartOfDay(article.zone()).toOffsetDateTime();
  }

  private Article find(String id) {
    try {
      return articles.findPublished(Long.parseLong(id)).orElseThrow(() -> new NotFoundResponse("no such story"));
    } catch (NumberFormatException notANumber) {
      throw new NotFoundResponse("no such story");
    }
  }

  private static void respond(Context ctx, Feed feed) {
    ctx.contentType(AtomFeed.CONTENT_TYPE).result(AtomFeed.write(feed));
  }

  /** The site's address, for absolute links and tag ids. */
  private record Site(SiteAddress address) {

    String url(String path) {
      return address.absolute(path);
    }

    String tag(String specific) {
      return "tag:" + address.hostName() + ",2024:" + specific;
    }
  }
}

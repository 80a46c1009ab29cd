package news.broadsheet.web.reader;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.CommentsPolicy;
import news.broadsheet.comment.CommentPage;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.desk.StoryDetails;
import news.broadsheet.web.page.JsonLd;
import news.broadsheet.web.page.PageMeta;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.SiteAddress;

/** Builds a story page: the story, one page of its discussion, structured data, the form. */
final class StoryPages {

  static final int COMMENTS_PER_PAGE = 50;
  private static final int DESCRIPTION_LENGTH = 200;

  private final CommentService comments;
  private final CommentsPolicy policy;
  private final Clock clock;
  private final SiteAddress site;
  private final StoryDeskViews desk;

  StoryPages(CommentService comments, CommentsPolicy policy, Clock clock, SiteAddress site, StoryDeskViews desk) {
    this.desk = desk;
    this.comments = comments;
    this.policy = policy;
    this.clock = clock;
    this.site = site;
  }

  boolean open(Article article) {
    return policy.isOpen(article, clock.instant());
  }

  /** When the story's page changes by itself, its comments closing at a set time; else null. */
  Instant changesAt(Article article) {
    return open(article) ? policy.closesAt(article) : null;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * The page, or null when the discussion has no such page.
   *
   * @param form what the form shows when comments are open
   */
  StoryPage build(Article article, CommentSort sort, int page, CommentForm form, String csrf, String notice) {
    return build(article, desk.of(article), sort, page, form, csrf, notice);
  }

  /** A preview of the story as readers would see it with these details, its discussion as it stands. */
  StoryPage preview(Article article, StoryDetails details) {
    CommentForm form = CommentForm.blank(article.id(), null, CommentForm.Mode.GUEST, "",
        Paths.commentForm(Paths.story(article)));
    return build(article, desk.of(article, details), CommentSort.OLDEST, 1, form, "", null);
  }

  private StoryPage build(Article article, StoryDeskView deskView, CommentSort sort, int page, CommentForm form,
      String csrf, String notice) {
    CommentPage discussion = comments.page(article.id(), sort, page, COMMENTS_PER_PAGE);
    if (page > discussion.pageCount()) {
      return null;
    }
    long last = discussion.lastPublishedId();
    StoryView story = StoryView.of(article);
    boolean open = open(article);
    Discussion view =
        new Discussion(
            discussion.published(),
            last,
            open,
            sorts(story.path(), sort),
            PagerView.numbered(
                "Pages of comments", page, discussion.pageCount(), n -> Paths.discussion(story.path(), sort, n) + "#comments"),
            new CommentViews(story.path(), article.id()).of(discussion.threads()),
            sort.code(),
            page);
    return new StoryPage(meta(article, story, deskView, discussion), story, deskView, view, open ? form : null, csrf, notice);
  }

  /** Page 1 and later pages of the newspaper's order are canonical; other orders point to the story. */
  private PageMeta meta(Article article, StoryView story, StoryDeskView deskView, CommentPage discussion) {
    boolean newspaperOrder = discussion.sort() == CommentSort.OLDEST;
    String canonical = newspaperOrder ? Paths.discussion(story.path(), CommentSort.OLDEST, discussion.page()) : story.path();
    String url = site.absolute(story.path());
    String description = describe(story);
    String title = story.headline() + (discussion.page() > 1 ? " — comments, page " + discussion.page() : "");
    return new PageMeta(
        title + " — " + PageMeta.SITE,
        description,
        site.absolute(canonical),
        url,
        "article",
        JsonLd.newsArticle(article, url, description, discussion.published(), discussion.threads(), details(deskView)),
        deskView.lead() == null ? null : site.absolute(deskView.lead().src()));
  }

  /** What the structured data says of the desk's parts: authors' pages, the lead image, the section. */
  private JsonLd.Details details(StoryDeskView deskView) {
    return new JsonLd.Details(
        deskView.authors().stream().map(a -> new JsonLd.Person(a.label(), site.absolute(a.href()))).toList(),
        deskView.lead() == null ? null : site.absolute(deskView.lead().src()),
        deskView.section() == null ? null : deskView.section().label());
  }

  private static List<Discussion.SortLink> sorts(String storyPath, CommentSort current) {
    List<Discussion.SortLink> links = new ArrayList<>();
    for (CommentSort sort : CommentSort.values()) {
      String label =
          switch (sort) {
            case OLDEST -> "Oldest first";
            case NEWEST -> "Newest first";
            case RECOMMENDED -> "Most recommended";
          };
      links.add(new Discussion.SortLink(label, Paths.discussion(storyPath, sort, 1) + "#comments", sort == current));
    }
    return links;
  }

  /** The first paragraph, cut at a word near {@value #DESCRIPTION_LENGTH} characters. */
  static String describe(StoryView story) {
    if (story.standfirst() != null) {
      return story.standfirst();
    }
    String lead = story.dateline() == null || story.lead().isEmpty() ? story.lead() : story.dateline() + ": " + story.lead();
    if (lead.isEmpty()) {
      return story.headline();
    }
    if (lead.length() <= DESCRIPTION_LENGTH) {
      return lead;
    }
    int cut = lead.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
    return lead.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1).strip() + "…";
  }
}

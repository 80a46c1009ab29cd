package news.broadsheet.web.reader;

import news.broadsheet.App;
import news.broadsheet.storage.ChangeFeed;
import news.broadsheet.web.page.SiteParts;

/**
 * The reader's site: the handlers of its pages and forms, and {@link StoryFastPath}, which answers
 * shared story pages in front of the router. Story pages are kept until a change to their story
 * (a comment, a moderator's decision), made on this node or another, tells them apart;
 * recommendation counts catch up within a few seconds, rendered once for every reader.
 */
public record ReaderSite(
    StoryHandlers stories, CommentHandlers comments, ListingHandlers listings, DeskListingHandlers topics,
    MediaHandlers media, ReaderPreview preview, SearchHandlers search, StoryFastPath fastPath,
    AccountDataHandler accountData) {

  public static ReaderSite build(App app, SiteParts parts, Readers readers, int pageCacheSeconds) {
    StoryPages pages = new StoryPages(app.comments(), app.commentsPolicy(), app.clock(), parts.address(),
        new StoryDeskViews(app.desk().newsroom(), app.desk().body()));
    ChangeFeed feed = app.database().changes();
    StoryPageCache cache = new StoryPageCache(pageCacheSeconds, () -> feed.state().isCurrent());
    feed.onCatchUp(cache::invalidateAll);
    SharedStoryPages shared = new SharedStoryPages(app.articles(), pages, cache, parts.templates(), parts.metrics());
    app.posting().addListener(comment -> shared.changed(comment.articleId()));
    app.posting().addRecommendationListener(comment -> shared.recounted(comment.articleId()));
    app.storyChanges().addListener(shared::changed);
    app.storyChanges().addRecountListener(shared::recounted);
    FormErrors errors =
        new FormErrors(app.articles(), app.comments(), pages, parts.cookies(), readers, parts.templates());
    ListingHandlers listings =
        new ListingHandlers(app.articles(), app.comments(), app.storyIndex(), parts.address(), parts.templates());
    return new ReaderSite(
        new StoryHandlers(app.articles(), app.comments(), pages, shared, parts.cookies(), readers, parts.templates()),
        new CommentHandlers(
            app.articles(), app.comments(), parts.recommending(), parts.posting(), parts.cookies(), errors),
        listings,
        new DeskListingHandlers(app.desk(), listings, parts.address(), parts.templates(), app.config().defaultZone()),
        new MediaHandlers(app.media()),
        new ReaderPreview(pages, parts.templates()),
        new SearchHandlers(app.search(), app.storyIndex(), app.desk().sections(), parts.address(), parts.templates()),
        new StoryFastPath(shared, readers, parts.accessLog()),
        new AccountDataHandler(parts.sessions(), app.dataRights()));
  }
}

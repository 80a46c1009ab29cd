package news.broadsheet.web.reader;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import news.broadsheet.article.Article;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.desk.Newsroom;
import news.broadsheet.desk.StoryBody;
import news.broadsheet.desk.StoryDetails;
import news.broadsheet.media.Media;
import news.broadsheet.web.page.SafeHtml;

/** Builds what a story page shows of the desk: the body's HTML, authors, section, tags, lead image, corrections. */
final class StoryDeskViews {

  /** How wide a lead image is shown: the story column, or the whole screen when narrower. */
  static final String LEAD_SIZES = "(min-width: 46rem) 42rem, 100vw";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy, HH:mm", Locale.ENGLISH);

  private final Newsroom newsroom;
  private final StoryBody body;

  StoryDeskViews(Newsroom newsroom, StoryBody body) {
    this.newsroom = newsroom;
    this.body = body;
  }

  StoryDeskView of(Article article) {
    if (article.story().format() == BodyFormat.PLAIN && article.publication().publishedAt() == null) {
      return StoryDeskView.NONE;
    }
    return of(article, newsroom.details(article.id()));
  }

  /** The desk's parts of a story's page from the given details (a preview's, not yet stored). */
  StoryDeskView of(Article article, StoryDetails details) {
    SafeHtml html = article.story().format() == BodyFormat.COMMONMARK
        ? SafeHtml.ofRenderedBody(body.html(article.story()))
        : null;
    return new StoryDeskView(
        html,
        details.authors().stream().map(a -> new StoryDeskView.Link(a.name(), DeskPaths.author(a.slug()))).toList(),
        details.section() == null ? null
            : new StoryDeskView.Link(details.section().name(), DeskPaths.section(details.section().slug())),
        details.tags().stream().map(t -> new StoryDeskView.Link(t.name(), DeskPaths.tag(t.slug()))).toList(),
        details.lead() == null ? null : figure(details.lead()),
        details.corrections().stream().map(c -> {
          ZonedDateTime at = c.createdAt().atZone(article.zone());
          return new StoryDeskView.CorrectionNote(DATE.format(at), at.toOffsetDateTime().toString(), c.text());
        }).toList());
  }

  static StoryDeskView.Figure figure(Media media) {
    int shown = media.widths().stream().filter(w -> w >= 960).findFirst().orElse(media.width());
    return new StoryDeskView.Figure(media.path(shown), media.srcset(), LEAD_SIZES, shown, media.heightAt(shown),
        media.alt(), media.caption(), media.credit());
  }
}

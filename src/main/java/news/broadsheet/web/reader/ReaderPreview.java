package news.broadsheet.web.reader;

import news.broadsheet.article.Article;
import news.broadsheet.desk.StoryDetails;
import news.broadsheet.web.page.StoryPreview;
import news.broadsheet.web.page.TemplateRenderer;

/** The desk's preview: the story page readers would get, with a notice on top that they do not yet. */
public final class ReaderPreview implements StoryPreview {

  private static final String NOTICE =
      "<p class=\"preview-notice\" role=\"status\">Preview: this is the page readers will see. It is not published"
          + " by previewing; close this tab to go back to the editor.</p>";

  private final StoryPages pages;
  private final TemplateRenderer templates;

  ReaderPreview(StoryPages pages, TemplateRenderer templates) {
    this.pages = pages;
    this.templates = templates;
  }

  @Override
  public String render(Article article, StoryDetails details) {
    String html = new String(templates.toBytes("story.jte", pages.preview(article, details)), java.nio.charset.StandardCharsets.UTF_8);
    int body = html.indexOf("<body>");
    return body < 0 ? html : html.substring(0, body + 6) + "\n" + NOTICE + html.substring(body + 6);
  }
}

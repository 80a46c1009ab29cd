package news.broadsheet.web.page;

/**
 * What every page says about itself in its head: title, description, canonical address and the
 * share tags.
 *
 * @param canonical the page's absolute canonical address, or null for pages not to be indexed
 * @param url the absolute address shared for the page (og:url), or null
 * @param ogType "article" for stories, "website" for the rest
 * @param jsonLd structured data (schema.org), or null
 * @param image the absolute address of the image shared with the page (og:image), or null
 */
public record PageMeta(
    String title, String description, String canonical, String url, String ogType, SafeHtml jsonLd, String image) {

  public PageMeta(String title, String description, String canonical, String url, String ogType, SafeHtml jsonLd) {
    this(title, description, canonical, url, ogType, jsonLd, null);
  }

  public static final String SITE = "Broadsheet";

  public static PageMeta listing(String title, String description, String canonical) {
    return new PageMeta(title + " — " + SITE, description, canonical, canonical, "website", null);
  }

  /** For pages that answer a mistake or a refusal: nothing to index or share. */
  public static PageMeta unlisted(String title) {
    return new PageMeta(title + " — " + SITE, null, null, null, "website", null);
  }

  public boolean indexable() {
    return canonical != null;
  }
}

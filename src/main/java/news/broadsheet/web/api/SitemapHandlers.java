package news.broadsheet.web.api;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import news.broadsheet.desk.Newsroom;
import news.broadsheet.desk.SitemapEntry;
import news.broadsheet.desk.SitemapMonth;
import news.broadsheet.web.page.PageMeta;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.SiteAddress;

/**
 * For search engines: {@code /sitemap.xml} (an index of monthly sitemaps with their last change,
 * and the news sitemap while it lists a story: the protocol's sitemaps are never empty), {@code /sitemaps/2026-11.xml} (a month's published stories; a month of
 * more than {@value #PER_SITEMAP} continues in {@code 2026-11.2.xml}), {@code /sitemaps/news.xml}
 * (the last two days' stories, Google News format) and {@code /robots.txt}. Published stories only.
 */
public final class SitemapHandlers {

  static final int PER_SITEMAP = 50_000;
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
  private static final Pattern MONTH_FILE = Pattern.compile("(\\d{4}-\\d{2})(?:\\.(\\d{1,4}))?\\.xml");
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final Newsroom newsroom;
  private final SiteAddress site;
  private final Clock clock;

  SitemapHandlers(Newsroom newsroom, SiteAddress site, Clock clock) {
    this.newsroom = newsroom;
    this.site = site;
    this.clock = clock;
  }

  public void robots(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8").result(String.join("\n",
        "User-agent: *", "Disallow: /desk", "Disallow: /admin", "Disallow: /api/v1/desk", "Disallow: /login",
        "Disallow: /signup", "", "Sitemap: " + site.absolute("/sitemap.xml"), ""));
  }

  /** {@code /sitemap.xml}: the index. */
  public void index(Context ctx) {
    respond(ctx, xml -> {
      xml.writeStartElement("sitemapindex");
      xml.writeDefaultNamespace(SITEMAP);
      if (!newsroom.recentlyPublished(clock.instant()).isEmpty()) {
        sitemap(xml, "/sitemaps/news.xml", null);
      }
      for (SitemapMonth month : newsroom.sitemapMonths()) {
        long parts = Math.max(1, (month.stories() + PER_SITEMAP - 1) / PER_SITEMAP);
        for (int part = 1; part <= parts; part++) {
          sitemap(xml, "/sitemaps/" + month.month() + (part == 1 ? "" : "." + part) + ".xml", month.lastModified());
        }
      }
      xml.writeEndElement();
    });
  }

  /** {@code /sitemaps/{file}}: a month's stories, or the news sitemap. */
  public void sitemap(Context ctx) {
    String file = ctx.pathParam("file");
    if (file.equals("news.xml")) {
      news(ctx);
      return;
    }
    Matcher matcher = MONTH_FILE.matcher(file);
    if (!matcher.matches()) {
      throw new NotFoundResponse("no such sitemap");
    }
    int part = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
    if (part < 1) {
      throw new NotFoundResponse("no such sitemap");
    }
    List<SitemapEntry> entries = newsroom.sitemap(month(matcher.group(1)), PER_SITEMAP, (part - 1) * PER_SITEMAP);
    if (entries.isEmpty()) {
      throw new NotFoundResponse("no such sitemap");
    }
    respond(ctx, xml -> {
      xml.writeStartElement("urlset");
      xml.writeDefaultNamespace(SITEMAP);
      for (SitemapEntry entry : entries) {
        xml.writeStartElement("url");
        text(xml, "loc", site.absolute(Paths.story(entry.id(), entry.slug())));
        text(xml, "lastmod", time(entry.lastModified()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    });
  }

  private void news(Context ctx) {
    List<SitemapEntry> entries = newsroom.recentlyPublished(clock.instant());
    respond(ctx, xml -> {
      xml.writeStartElement("urlset");
      xml.writeDefaultNamespace(SITEMAP);
      xml.writeNamespace("news", NEWS);
      for (SitemapEntry entry : entries) {
        xml.writeStartElement("url");
        text(xml, "loc", site.absolute(Paths.story(entry.id(), entry.slug())));
        xml.writeStartElement("news", "news", NEWS);
        xml.writeStartElement("news", "publication", NEWS);
        newsText(xml, "name", PageMeta.SITE);
        newsText(xml, "language", "en");
        xml.writeEndElement();
        newsText(xml, "publication_date", time(entry.publishedAt() != null ? entry.publishedAt()
            : entry.publishedOn().atStartOfDay(entry.zone()).toInstant()));
        newsText(xml, "title", entry.headline());
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
    });
  }

  private static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException notAMonth) {
      throw new NotFoundResponse("no such sitemap");
    }
  }

  private void sitemap(XMLStreamWriter xml, String path, Instant lastModified) throws XMLStreamException {
    xml.writeStartElement("sitemap");
    text(xml, "loc", site.absolute(path));
    if (lastModified != null) {
      text(xml, "lastmod", time(lastModified));
    }
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(AtomFeed.xmlSafe(value));
    xml.writeEndElement();
  }

  private static void newsText(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
    xml.writeStartElement("news", element, NEWS);
    xml.writeCharacters(AtomFeed.xmlSafe(value));
    xml.writeEndElement();
  }

  private static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  private interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static void respond(Context ctx, Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException cannotHappenInMemory) {
      throw new IllegalStateException("cannot write a sitemap", cannotHappenInMemory);
    }
    ctx.contentType("application/xml; charset=utf-8").result(bytes.toByteArray());
  }
}

package news.broadsheet.web.api;

import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Atom feeds, read back with the JDK's XML parser. */
class FeedTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  @TempDir Path temp;

  @Test
  void the_latest_stories_feed_is_valid_atom_with_stable_ids() throws Exception {
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, 3, 2);
    try (TestServer site =
        TestServer.start(DatabaseKind.SQLITE, temp)
            .withStories(ReferenceSample.file(), corpus.resolve("story-00000.txt"), corpus.resolve("story-00001.txt"))) {
      Element feed = feed(site, "/feeds/latest.atom");
      assertThat(text(feed, "title")).isEqualTo("Broadsheet — latest stories");
      assertThat(link(feed, "self")).isEqualTo(site.url("/feeds/latest.atom"));
      assertThat(link(feed, "alternate")).isEqualTo(site.url("/"));
      List<Element> entries = children(feed, "entry");
      assertThat(entries).hasSize(3);
      assertThat(text(entries.get(0), "title")).isEqualTo("Council debates water tariffs, session 1");
      Element reference = entries.get(2);
      long id = site.app().articles().find(storyIdOf(site, "US, Pakistan")).orElseThrow().id();
      assertThat(text(reference, "id")).isEqualTo("tag:127.0.0.1,2024:story/" + id);
      assertThat(link(reference, "alternate")).isEqualTo(site.url("/news/" + id + "/us-pakistan-inch-towards-better-relations"));
      assertThat(text(child(reference, "author"), "name")).isEqualTo("Anwar Iqbal");
      assertThat(text(reference, "published")).isEqualTo("2018-03-03T00:00:00+05:00");
      assertThat(text(reference, "content")).startsWith("WASHINGTON: ");
      assertThat(ids(feed)).isEqualTo(ids(feed(site, "/feeds/latest.atom")));
    }
  }

  @Test
  void a_source_feed_holds_only_that_source_and_an_unknown_source_is_not_found() throws Exception {
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, 2, 1);
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(corpus.resolve("story-00000.txt"))) {
      Element feed = feed(site, "/feeds/sources/DAWN.COM.atom");
      assertThat(text(feed, "id")).isEqualTo("tag:127.0.0.1,2024:feeds/sources/DAWN.COM");
      assertThat(link(feed, "self")).isEqualTo(site.url("/feeds/sources/DAWN.COM.atom"));
      assertThat(children(feed, "entry")).hasSize(1);
      assertThat(site.get("/feeds/sources/NOWHERE.EXAMPLE.atom").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void a_story_comments_feed_lists_the_newest_first_with_reader_text_kept_inert() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      String hostile = "<script>alert('x')</script> & ]]> \u0001bell";
      long posted = site.app().posting().post(new CommentDraft(id, null, "<b>Mallory</b>", "placeholder", null)).id();
      // Posting refuses control characters; a comment from an archive may still hold one.
      site.app().database().inTransaction(h -> {
        h.execute("UPDATE comments SET body = ? WHERE id = ?", hostile, posted);
        site.app().storyChanges().changed(h, id);
        return null;
      });
      Element feed = feed(site, "/news/" + id + "/comments.atom");
      assertThat(text(feed, "title")).isEqualTo("Comments on “US, Pakistan inch towards better relations”");
      assertThat(link(feed, "alternate")).endsWith("/news/" + id + "/us-pakistan-inch-towards-better-relations#comments");
      List<Element> entries = children(feed, "entry");
      assertThat(entries).hasSize(27);
      Element newest = entries.get(0);
      assertThat(text(newest, "id")).isEqualTo("tag:127.0.0.1,2024:comment/" + posted);
      assertThat(text(child(newest, "author"), "name")).isEqualTo("<b>Mallory</b>");
      assertThat(text(newest, "content")).isEqualTo("<script>alert('x')</script> & ]]> bell");
      assertThat(child(newest, "content").getAttribute("type")).isEqualTo("text");
      assertThat(text(newest, "updated")).isEqualTo("2026-11-28T14:00:00+05:00");
      assertThat(text(feed, "updated")).isEqualTo("2026-11-28T14:00:00+05:00");
      assertThat(text(entries.get(26), "published")).isEqualTo("2018-03-03T09:48:00+05:00");
      assertThat(ids(feed)).isEqualTo(ids(feed(site, "/news/" + id + "/comments.atom")));
      assertThat(site.get("/news/424242/comments.atom").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void pages_link_to_their_feeds() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      List<String> fromFront = alternates(site.get("/").body());
      assertThat(fromFront).contains("/feeds/latest.atom");
      List<String> fromStory = alternates(site.get("/news/" + id + "/us-pakistan-inch-towards-better-relations").body());
      assertThat(fromStory).contains("/news/" + id + "/comments.atom");
      for (String href : fromStory) {
        assertThat(site.get(href).statusCode()).as(href).isEqualTo(200);
      }
    }
  }

  private static long storyIdOf(TestServer site, String headlineStart) {
    return site.app().articles().latest(10, 0).stream()
        .filter(a -> a.story().headline().startsWith(headlineStart))
        .findFirst()
        .orElseThrow()
        .id();
  }

  /** Fetches and parses a feed, checking what RFC 4287 requires of it and of every entry. */
  static Element feed(TestServer site, String path) throws Exception {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document =
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    Element feed = document.getDocumentElement();
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(text(feed, "id")).startsWith("tag:");
    assertThat(text(feed, "title")).isNotBlank();
    OffsetDateTime.parse(text(feed, "updated"));
    assertThat(link(feed, "self")).startsWith("http://");
    assertThat(link(feed, "alternate")).startsWith("http://");
    for (Element entry : children(feed, "entry")) {
      assertThat(text(entry, "id")).startsWith("tag:");
      assertThat(text(entry, "title")).isNotBlank();
      OffsetDateTime.parse(text(entry, "updated"));
      OffsetDateTime.parse(text(entry, "published"));
      assertThat(text(child(entry, "author"), "name")).isNotBlank();
      assertThat(link(entry, "alternate")).startsWith("http://");
      assertThat(child(entry, "content").getAttribute("type")).isEqualTo("text");
    }
    return feed;
  }

  private static List<String> ids(Element feed) {
    List<String> ids = new ArrayList<>();
    ids.add(text(feed, "id"));
    children(feed, "entry").forEach(entry -> ids.add(text(entry, "id")));
    return ids;
  }

  private static List<String> alternates(String html) {
    Matcher links = Pattern.compile("<link rel=\"alternate\" type=\"application/atom\\+xml\"[^>]* href=\"([^\"]+)\"").matcher(html);
    List<String> hrefs = new ArrayList<>();
    while (links.find()) {
      hrefs.add(links.group(1));
    }
    return hrefs;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("exactly one atom:" + name).hasSize(1);
    return found.get(0);
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent();
  }

  private static String link(Element parent, String rel) {
    return children(parent, "link").stream()
        .filter(link -> rel.equals(link.getAttribute("rel")))
        .map(link -> link.getAttribute("href"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link rel=" + rel));
  }
}

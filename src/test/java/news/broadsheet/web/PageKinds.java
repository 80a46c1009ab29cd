package news.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.account.Role;
import news.broadsheet.article.Article;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.moderation.WordList;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;

/**
 * One page of every kind the reader's site serves, fetched from a running site that holds the
 * reference story and at least two more: for the HTML checker and the accessibility check.
 */
final class PageKinds {

  private PageKinds() {}

  /** Paths of every page kind that a browser can open with GET. */
  static Map<String, String> paths(TestServer site) {
    Article reference = reference(site);
    Article other = site.app().articles().latest(3, 0).stream().filter(a -> a.id() != reference.id()).findFirst().orElseThrow();
    String story = "/news/" + reference.id() + "/" + reference.slug();
    Comment parent = site.app().comments().published(reference.id()).get(1);
    Comment reply = site.app().posting().post(new CommentDraft(reference.id(), parent.id(), "Zara", "See https://example.org/a?b=1&c=2 for more.\n\nSecond paragraph.", null));
    site.app().posting().post(new CommentDraft(reference.id(), reply.id(), "Omar", "A reply to a reply.", null));
    site.app().articles().setCommentsClosed(other.id(), true);
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("front", "/");
    paths.put("story with comments and replies", story);
    paths.put("story sorted by recommendations", story + "?sort=recommended");
    paths.put("story with the moderation notice", story + "?posted=pending");
    paths.put("reply form", story + "/comments/" + parent.id() + "/reply");
    paths.put("closed story", "/news/" + other.id() + "/" + other.slug());
    paths.put("archive index", "/archive");
    paths.put("archive month", "/archive/" + reference.story().publishedOn().toString().substring(0, 7));
    paths.put("archive day", "/archive/" + reference.story().publishedOn());
    paths.put("sources", "/sources");
    paths.put("source", "/sources/DAWN.COM");
    paths.put("not found", "/no/such/page");
    paths.put("sign-up", "/signup?next=" + story);
    return paths;
  }

  /** Every page kind's HTML, including those that only a POST answers. */
  static Map<String, String> collect(TestServer site) throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    FormClient reader = new FormClient(site);
    for (var entry : paths(site).entrySet()) {
      HttpResponse<String> response = reader.get(entry.getValue());
      assertThat(response.statusCode()).as(entry.getKey()).isIn(200, 404);
      pages.put(entry.getKey(), response.body());
    }
    Article reference = reference(site);
    pages.put("story with a validation error", expect(422, reader.comment(reference.id(), "", "Kept text")));
    site.app().words().add(WordList.BANNED, List.of("zorblax"), "test");
    pages.put("story refusing a rejected comment", expect(422, reader.comment(reference.id(), "Ali", "Zorblax!")));
    long parent = site.app().comments().published(reference.id()).get(1).id();
    pages.put("reply with a validation error", expect(422, reader.reply(reference.id(), parent, "Ali", " ")));
    pages.put("forged form", expect(403, new FormClient(site).postRaw("/news/" + reference.id() + "/comments", Map.of("name", "x"))));
    pages.put("closed story refusing a post", expect(409, reader.comment(closed(site).id(), "Late", "Too late")));
    pages.put("request too large", expect(413, reader.comment(reference.id(), "Big", "y".repeat(70 * 1024))));
    pages.put("comment rejected with its reasons", expect(422, reader.comment(reference.id(), "Rude", "What an idiot.")));
    pages.put("sign-up with an error", expect(422, reader.post("/signup", Map.of("name", "Kinds", "password", "short"))));
    pages.putAll(accountKinds(site, reference));
    return pages;
  }

  /** The pages a signed-in reader gets, and those of a guest when only signed-in readers comment. */
  private static Map<String, String> accountKinds(TestServer site, Article reference) throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    String story = "/news/" + reference.id() + "/" + reference.slug();
    String reply = story + "/comments/" + site.app().comments().published(reference.id()).get(1).id() + "/reply";
    site.app().accounts().addUser("Kinds Commenter", Role.READER, StaffLogins.PASSWORD);
    FormClient signedIn = StaffLogins.loggedIn(site, "Kinds Commenter");
    pages.put("story for a signed-in reader", expect(200, signedIn.get(story)));
    pages.put("reply form for a signed-in reader", expect(200, signedIn.get(reply)));
    site.app().settings().set("comments.commenters", "accounts", "page kinds");
    try {
      FormClient guest = new FormClient(site);
      pages.put("story where only signed-in readers comment", expect(200, guest.get(story)));
      pages.put("reply form where only signed-in readers comment", expect(200, guest.get(reply)));
      pages.put("guest refused where only signed-in readers comment", expect(401, guest.comment(reference.id(), "G", "Hi")));
    } finally {
      site.app().settings().set("comments.commenters", "guests", "page kinds");
    }
    return pages;
  }

  private static String expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(status);
    return response.body();
  }

  private static Article reference(TestServer site) {
    List<Article> all = site.app().articles().latest(10, 0);
    return all.stream().filter(a -> a.slug().startsWith("us-pakistan")).findFirst().orElseThrow();
  }

  private static Article closed(TestServer site) {
    return site.app().articles().latest(10, 0).stream().filter(Article::commentsClosed).findFirst().orElseThrow();
  }
}

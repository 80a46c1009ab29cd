package news.broadsheet.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import news.broadsheet.article.Article;
import news.broadsheet.comment.CommentSort;

/** The addresses of the site's pages, in one place. */
public final class Paths {

  private Paths() {}

  public static String story(Article article) {
    return story(article.id(), article.slug());
  }

  public static String story(long id, String slug) {
    return "/news/" + id + "/" + segment(slug);
  }

  /** A page of a story's discussion: the default sort and the first page need no parameters. */
  public static String discussion(String storyPath, CommentSort sort, int page) {
    String query = sort == CommentSort.OLDEST ? "" : "sort=" + sort.code();
    if (page > 1) {
      query = query.isEmpty() ? "page=" + page : query + "&page=" + page;
    }
    return query.isEmpty() ? storyPath : storyPath + "?" + query;
  }

  public static String comment(String storyPath, long commentId) {
    return storyPath + "/comments/" + commentId;
  }

  public static String reply(String storyPath, long commentId) {
    return comment(storyPath, commentId) + "/reply";
  }

  /** The story's comment form, where signing in to comment comes back to. */
  public static String commentForm(String storyPath) {
    return storyPath + "#comment-form";
  }

  /** A comment's reply form, where signing in to reply comes back to. */
  public static String replyForm(String storyPath, long commentId) {
    return reply(storyPath, commentId) + "#reply-form";
  }

  public static String postComment(long articleId) {
    return "/news/" + articleId + "/comments";
  }

  public static String recommend(long articleId, long commentId) {
    return "/news/" + articleId + "/comments/" + commentId + "/recommend";
  }

  /** The login page, coming back to a local path afterwards. */
  public static String login(String returnTo) {
    return "/login?next=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
  }

  /** The sign-up page, coming back to a local path afterwards. */
  public static String signUp(String returnTo) {
    return "/signup?next=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
  }

  /** A story's reactions, for the newsroom's staff. */
  public static String reactions(long articleId) {
    return "/admin/stories/" + articleId + "/reactions";
  }

  public static String source(String source) {
    return "/sources/" + segment(source);
  }

  public static String day(LocalDate day) {
    return "/archive/" + day;
  }

  public static String month(YearMonth month) {
    return "/archive/" + month;
  }

  /** Text as one path segment: letters beyond ASCII and reserved characters percent-encoded. */
  static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A numbered list page: page 1 is the bare address. */
  public static String listPage(String path, int page) {
    return page <= 1 ? path : path + "?page=" + page;
  }
}

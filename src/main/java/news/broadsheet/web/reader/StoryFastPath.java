package news.broadsheet.web.reader;

import java.nio.ByteBuffer;
import java.util.List;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.storage.DatabaseUnavailableException;
import news.broadsheet.web.page.AccessLog;
import news.broadsheet.web.page.LoginSessions;
import news.broadsheet.web.page.PageCoding;
import news.broadsheet.web.page.ReaderCookies;
import news.broadsheet.web.page.TemplateRenderer;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the commonest request, a story page as every reader sees it, straight from the page
 * cache at the Jetty level, before the servlet and router layers. Anything else, including any
 * story address this does not recognise exactly, passes on to the server's routes, which give the
 * same page the same way. So does a request with a login session (the routes look the session up
 * and show "Commenting as"), and one that asks for the page compressed but carries a form token or
 * a name: its page is made for it alone and compressed by the routes (gzip). A page asked for
 * compressed by a reader with neither is a copy kept with the page: brotli when the browser takes
 * it, else gzip ({@link PageCoding}).
 *
 * <p>A reader without a form token gets none here, and no cookie: the page is then the very bytes
 * every such reader gets (crawlers, caches, a first visit), with no copy made and nothing to keep
 * a shared cache from storing it. Their browsers vouch for the forms they send back instead (see
 * {@link ReaderCookies#requireFormFromThisSite}).
 */
public final class StoryFastPath extends Handler.Wrapper {

  static final String ROUTE = "/news/{id}/{slug}";

  private final SharedStoryPages pages;
  private final Readers readers;
  private final AccessLog accessLog;

  StoryFastPath(SharedStoryPages pages, Readers readers, AccessLog accessLog) {
    this.pages = pages;
    this.readers = readers;
    this.accessLog = accessLog;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    StoryAddress address = HttpMethod.GET.is(request.getMethod())
        ? StoryAddress.parse(Request.getPathInContext(request), request.getHttpURI().getQuery())
        : null;
    String encodings = address == null ? null : request.getHeaders().get(HttpHeader.ACCEPT_ENCODING);
    PageCoding coding = encodings == null ? null : PageCoding.preferred(encodings);
    if (address == null || (encodings != null && coding == null)) {
      return super.handle(request, response, callback);
    }
    long started = System.nanoTime();
    List<HttpCookie> held = Request.getCookies(request);
    if (value(held, LoginSessions.COOKIE) != null) {
      return super.handle(request, response, callback);
    }
    String token = ReaderCookies.heldToken(value(held, ReaderCookies.FORM_TOKEN));
    var guest = new Readers.Reader(readers.guestMode(), ReaderCookies.nameFrom(value(held, ReaderCookies.NAME)));
    if (coding != null && !(token.isEmpty() && guest.name().isEmpty())) {
      return super.handle(request, response, callback);
    }
    byte[] html;
    try {
      html = coding != null
          ? pages.compressedBlankPage(address.id(), address.slug(), address.sort(), address.page(), guest.mode(), coding)
          : pages.page(address.id(), address.slug(), address.sort(), address.page(), guest, token);
    } catch (DatabaseUnavailableException down) {
      html = null; // not in memory, and the database cannot make it: the router answers 503
    }
    if (html == null) {
      return super.handle(request, response, callback);
    }
    HttpFields.Mutable headers = response.getHeaders();
    TemplateRenderer.PAGE_HEADERS.forEach(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
    headers.put(HttpHeader.VARY, "Accept-Encoding");
    if (coding != null) {
      headers.put(HttpHeader.CONTENT_ENCODING, coding.token());
    }
    headers.put(HttpHeader.CONTENT_LENGTH, html.length);
    String path = Request.getPathInContext(request);
    response.write(
        true,
        ByteBuffer.wrap(html),
        Callback.from(callback, () -> accessLog.log("GET", path, ROUTE, 200, System.nanoTime() - started)));
    return true;
  }

  private static String value(List<HttpCookie> cookies, String name) {
    for (HttpCookie cookie : cookies) {
      if (cookie.getName().equals(name)) {
        return cookie.getValue();
      }
    }
    return null;
  }

  /** A story page address with nothing but an order and a page in its query. */
  record StoryAddress(long id, String slug, CommentSort sort, int page) {

    static StoryAddress parse(String path, String query) {
      if (path == null || !path.startsWith("/news/") || path.indexOf('%') >= 0) {
        return null;
      }
      int slash = path.indexOf('/', 6);
      if (slash < 0 || slash == 6 || path.indexOf('/', slash + 1) >= 0 || slash == path.length() - 1) {
        return null;
      }
      try {
        long id = Long.parseLong(path.substring(6, slash));
        return withQuery(id, path.substring(slash + 1), query);
      } catch (NumberFormatException notAStory) {
        return null;
      }
    }

    private static StoryAddress withQuery(long id, String slug, String query) {
      CommentSort sort = CommentSort.OLDEST;
      int page = 1;
      if (query != null && !query.isEmpty()) {
        for (String pair : query.split("&")) {
          if (pair.startsWith("sort=")) {
            sort = CommentSort.fromCode(pair.substring(5)).orElse(null);
          } else if (pair.startsWith("page=")) {
            page = Integer.parseInt(pair.substring(5));
          } else {
            return null;
          }
          if (sort == null || page < 1) {
            return null;
          }
        }
      }
      return new StoryAddress(id, slug, sort, page);
    }
  }
}

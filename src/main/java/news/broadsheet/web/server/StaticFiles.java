package news.broadsheet.web.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import news.broadsheet.web.page.AccessLog;
import news.broadsheet.web.page.PageCoding;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The site's few static files (stylesheets, scripts, icons), read from the classpath once at start
 * and served from memory, each with a strong ETag and, for text, a gzip copy made once. A
 * classpath folder served by Jetty's resource handler mounts the application's jar as a zip file
 * system, and Jetty mounted it eight times: about 25 MB of heap kept for the jar's index, a fifth
 * of the server's heap, for 27 KB of files.
 */
final class StaticFiles extends Handler.Wrapper {

  /** A classpath folder served at the site's root, and how long browsers may keep its files. */
  record Folder(String name, String caching) {}

  private record File(byte[] body, byte[] gzipped, String type, String caching, String etag) {
    String etag(boolean gzip) {
      return gzip ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
    }
  }

  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css;charset=utf-8",
          "js", "text/javascript;charset=utf-8",
          "svg", "image/svg+xml",
          "ico", "image/vnd.microsoft.icon");

  private final Map<String, File> files;
  private final AccessLog accessLog;

  private StaticFiles(Map<String, File> files, AccessLog accessLog) {
    this.files = files;
    this.accessLog = accessLog;
  }

  /** The files of the given classpath folders; a file of a type not known here fails the start. */
  static StaticFiles of(List<Folder> folders, AccessLog accessLog) {
    Map<String, File> files = new HashMap<>();
    for (Folder folder : folders) {
      for (String name : names(folder.name())) {
        files.put("/" + name, file(folder, name));
      }
    }
    return new StaticFiles(Map.copyOf(files), accessLog);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    File file = HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method) ? files.get(Request.getPathInContext(request)) : null;
    if (file == null) {
      return super.handle(request, response, callback);
    }
    long started = System.nanoTime();
    var headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, file.type());
    headers.put(HttpHeader.CACHE_CONTROL, file.caching());
    headers.put("X-Content-Type-Options", "nosniff");
    String accepted = request.getHeaders().get(HttpHeader.ACCEPT_ENCODING);
    boolean gzip = file.gzipped() != null && accepted != null && PageCoding.accepts(accepted, PageCoding.GZIP.token());
    if (file.gzipped() != null) {
      headers.put(HttpHeader.VARY, "Accept-Encoding");
    }
    if (gzip) {
      headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
    }
    byte[] body = gzip ? file.gzipped() : file.body();
    String etag = file.etag(gzip);
    headers.put(HttpHeader.ETAG, etag);
    int status = etag.equals(request.getHeaders().get(HttpHeader.IF_NONE_MATCH)) ? HttpStatus.NOT_MODIFIED_304 : 200;
    response.setStatus(status);
    boolean withBody = status == 200 && HttpMethod.GET.is(method);
    headers.put(HttpHeader.CONTENT_LENGTH, status == 200 ? body.length : 0);
    String path = Request.getPathInContext(request);
    response.write(
        true,
        withBody ? ByteBuffer.wrap(body) : null,
        Callback.from(callback, () -> accessLog.log(method, path, "static", status, System.nanoTime() - started)));
    return true;
  }

  private static File file(Folder folder, String name) {
    String extension = name.substring(name.lastIndexOf('.') + 1);
    String type = TYPES.get(extension);
    if (type == null) {
      throw new IllegalStateException("the static file /" + folder.name() + "/" + name + " is of no type the site serves");
    }
    byte[] body = read("/" + folder.name() + "/" + name);
    byte[] gzipped = type.startsWith("text/") || extension.equals("svg") ? PageCoding.GZIP.encode(body) : null;
    return new File(body, gzipped, type, folder.caching(), etag(body));
  }

  /** The names of the files in a classpath folder, from the jar or from a folder on disk. */
  private static List<String> names(String folder) {
    URL url = StaticFiles.class.getResource("/" + folder);
    if (url == null) {
      throw new IllegalStateException("the classpath has no folder " + folder);
    }
    try {
      if (url.getProtocol().equals("jar")) {
        Path jar = Path.of(new URI(url.getPath().substring(0, url.getPath().indexOf("!/"))));
        try (JarFile opened = new JarFile(jar.toFile())) {
          String prefix = folder + "/";
          return opened.stream()
              .map(JarEntry::getName)
              .filter(name -> name.startsWith(prefix) && name.length() > prefix.length() && !name.endsWith("/"))
              .map(name -> name.substring(prefix.length()))
              .toList();
        }
      }
      try (Stream<Path> found = Files.list(Path.of(url.toURI()))) {
        return found.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
      }
    } catch (IOException | URISyntaxException unreadable) {
      throw new IllegalStateException("cannot list the static files in " + url, unreadable);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the static file " + resource + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the static file " + resource, unreadable);
    }
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}

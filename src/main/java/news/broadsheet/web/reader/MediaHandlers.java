package news.broadsheet.web.reader;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaService;

/**
 * {@code /media/{key}/{width}.{jpg|png}}: an image at one of its widths. An image never changes
 * under its address (the key is a digest of the upload), so browsers and caches keep it for a
 * year; the ETag answers a revalidation with 304.
 */
public final class MediaHandlers {

  private static final Pattern FILE = Pattern.compile("(\\d{1,5})\\.(jpg|png)");

  private final MediaService media;

  MediaHandlers(MediaService media) {
    this.media = media;
  }

  public void image(Context ctx) {
    String key = ctx.pathParam("key");
    Matcher file = FILE.matcher(ctx.pathParam("file"));
    Media image = media.find(key).orElseThrow(() -> new NotFoundResponse("no such image"));
    if (!file.matches() || !file.group(2).equals(image.format().extension())) {
      throw new NotFoundResponse("no such image");
    }
    int width = Integer.parseInt(file.group(1));
    String etag = "\"" + key + "-" + width + "\"";
    ctx.header("Cache-Control", "public, max-age=31536000, immutable");
    ctx.header("ETag", etag);
    ctx.header("X-Content-Type-Options", "nosniff");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    byte[] bytes = media.rendition(key, width).orElseThrow(() -> new NotFoundResponse("no such width"));
    ctx.contentType(image.format().contentType()).result(bytes);
  }
}

package news.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The three cookies of a reader's browser: a form token against cross-site forgery (compared with
 * the one each form sends back), a random reader key that makes recommendations one per reader,
 * and the name last posted with, to fill in the form. None of them identifies a person.
 */
final class ReaderCookies {

  static final String FORM_TOKEN = "broadsheet_form";
  static final String READER = "broadsheet_reader";
  static final String NAME = "broadsheet_name";
  private static final int YEAR = 365 * 24 * 3600;
  private static final int MAX_NAME_COOKIE = 600;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

  private final SecureRandom random = new SecureRandom();
  private final boolean secure;

  ReaderCookies(SiteAddress site) {
    this.secure = site.secure();
  }

  /** The reader's form token, set as a cookie first when the browser has none. */
  String formToken(Context ctx) {
    return existingOrNew(ctx, FORM_TOKEN);
  }

  /** Whether the form sent back the token its browser holds. */
  boolean formTokenMatches(Context ctx, String sent) {
    String held = ctx.cookie(FORM_TOKEN);
    return held != null
        && sent != null
        && isToken(held)
        && MessageDigest.isEqual(held.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** The reader's key for recommendations, set as a cookie first when the browser has none. */
  String readerKey(Context ctx) {
    return existingOrNew(ctx, READER);
  }

  /** The name the reader last posted with, or "" when none is remembered. */
  String rememberedName(Context ctx) {
    String value = ctx.cookie(NAME);
    if (value == null || value.length() > MAX_NAME_COOKIE) {
      return "";
    }
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return "";
    }
  }

  void rememberName(Context ctx, String name) {
    set(ctx, NAME, URLEncoder.encode(name, StandardCharsets.UTF_8));
  }

  private String existingOrNew(Context ctx, String cookie) {
    String held = ctx.cookie(cookie);
    if (held != null && isToken(held)) {
      return held;
    }
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    set(ctx, cookie, token);
    return token;
  }

  private void set(Context ctx, String cookie, String value) {
    ctx.cookie(new Cookie(cookie, value, "/", YEAR, secure, true, null, SameSite.LAX));
  }

  private static boolean isToken(String value) {
    return TOKEN.matcher(value).matches();
  }
}

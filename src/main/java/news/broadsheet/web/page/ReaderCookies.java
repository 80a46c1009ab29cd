package news.broadsheet.web.page;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The three cookies of a reader's browser: a form token against cross-site forgery (compared with
 * the one each form sends back, where the browser does not vouch for the form itself), a reader
 * key that makes recommendations one per reader (issued and signed by the server, {@link
 * ReaderKeys}: a key a client makes up counts for nothing), and the name last posted with, to fill
 * in the form. None of them identifies a person.
 */
public final class ReaderCookies {

  public static final String FORM_TOKEN = "broadsheet_form";
  public static final String READER = "broadsheet_reader";
  public static final String NAME = "broadsheet_name";
  private static final String FETCH_SITE = "Sec-Fetch-Site";
  private static final String SAME_ORIGIN = "same-origin";
  private static final int YEAR = 365 * 24 * 3600;
  private static final int MAX_NAME_COOKIE = 600;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

  /**
   * One generator per thread, each seeded once by the system: the default one reads the system's
   * source under one lock for every token, and requests without cookies queued on it.
   */
  private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(ReaderCookies::generator);

  private final String attributes;
  private final ReaderKeys readerKeys;

  public ReaderCookies(SiteAddress site, ReaderKeys readerKeys) {
    this.readerKeys = readerKeys;
    this.attributes = "; Path=/; Max-Age=" + YEAR + "; HttpOnly; SameSite=Lax" + (site.secure() ? "; Secure" : "");
  }

  /**
   * The form token the browser holds, or "" when it holds none; none is set. Story pages use this,
   * so that readers new to the site all get the same bytes and no cookie.
   */
  public String heldFormToken(Context ctx) {
    return heldToken(ctx.cookie(FORM_TOKEN));
  }

  /** A form-token cookie's value when it is a token this site made, else "". */
  public static String heldToken(String cookieValue) {
    return isToken(cookieValue) ? cookieValue : "";
  }

  /** The reader's form token, set as a cookie first when the browser has none. */
  public String formToken(Context ctx) {
    return existingOrNew(ctx, FORM_TOKEN);
  }

  /**
   * Whether a form comes from one of this site's own pages, and not from another site forging it
   * in the reader's browser: either it sent back the token its browser's cookie holds, or the
   * browser itself says the request comes from this site's pages ({@code Sec-Fetch-Site:
   * same-origin}, which pages cannot set and every current browser sends). A browser too old to
   * say so, on a page served without a token, is asked to send the form again, and the page that
   * asks sets the token.
   */
  public boolean isFromThisSite(Context ctx, String sent) {
    if (SAME_ORIGIN.equals(ctx.header(FETCH_SITE))) {
      return true;
    }
    String held = ctx.cookie(FORM_TOKEN);
    return sent != null
        && isToken(held)
        && MessageDigest.isEqual(held.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Refuses a form that is not from this site's pages (403, with a link back). The refusal sets the
   * form token when the browser has none, so that the page it reloads carries one.
   */
  public void requireFormFromThisSite(Context ctx, String backHref) {
    if (!isFromThisSite(ctx, ctx.formParam("csrf"))) {
      formToken(ctx);
      throw ProblemResponse.forgedForm(backHref);
    }
  }

  /** The reader key the browser holds, when the server issued it (its signature holds). */
  public Optional<String> heldReaderKey(Context ctx) {
    String held = ctx.cookie(READER);
    return readerKeys.isIssued(held) ? Optional.of(held) : Optional.empty();
  }

  /** Issues the browser a new reader key (set as its cookie) and returns it. */
  public String issueReaderKey(Context ctx) {
    String key = readerKeys.issue();
    ctx.res().addHeader("Set-Cookie", setCookie(READER, key));
    return key;
  }

  /** The name the reader last posted with, or "" when none is remembered. */
  public String rememberedName(Context ctx) {
    return nameFrom(ctx.cookie(NAME));
  }

  public void rememberName(Context ctx, String name) {
    ctx.res().addHeader("Set-Cookie", setCookie(NAME, URLEncoder.encode(name, StandardCharsets.UTF_8)));
  }

  /** The name a name cookie holds, or "". */
  public static String nameFrom(String value) {
    if (value == null || value.length() > MAX_NAME_COOKIE) {
      return "";
    }
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return "";
    }
  }

  private String existingOrNew(Context ctx, String cookie) {
    String held = ctx.cookie(cookie);
    if (isToken(held)) {
      return held;
    }
    String token = newToken();
    ctx.res().addHeader("Set-Cookie", setCookie(cookie, token));
    return token;
  }

  /** A fresh random token: 24 bytes, URL-safe Base64. */
  static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.get().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The Set-Cookie header value; written directly, it is cheaper than the cookie API and has no Expires. */
  String setCookie(String cookie, String value) {
    return cookie + "=" + value + attributes;
  }

  private static SecureRandom generator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException missing) {
      return new SecureRandom();
    }
  }

  /** Whether a cookie holds a token this site made (null does not). */
  static boolean isToken(String value) {
    return value != null && TOKEN.matcher(value).matches();
  }
}

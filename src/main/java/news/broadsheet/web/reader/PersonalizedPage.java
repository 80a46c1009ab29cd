package news.broadsheet.web.reader;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A rendered page kept as bytes with holes for what differs between readers: the form token and
 * the remembered name. Rendering once and filling the holes per request lets one cached copy
 * serve every reader; with every hole left empty it is the page of a reader the site knows nothing
 * of, shared as it is. The holes are marked by random strings, which reader text cannot guess. A
 * page may know when it goes out of date by itself (the story's comments close at a set time).
 */
final class PersonalizedPage {

  /** The marks a template is given in place of the reader's token and name: a random prefix and a kind. */
  record Holes(String token, String name) {
    private static final String TOKEN = "token";
    private static final String NAME = "name";

    static Holes random() {
      SecureRandom random = new SecureRandom();
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      String mark = "bs-hole-" + HexFormat.of().formatHex(bytes) + "-";
      return new Holes(mark + TOKEN, mark + NAME);
    }

    byte[] prefix() {
      return token.substring(0, token.length() - TOKEN.length()).getBytes(StandardCharsets.US_ASCII);
    }
  }

  private static final byte[] NAME_KIND = Holes.NAME.getBytes(StandardCharsets.US_ASCII);
  private static final int TOKEN_KIND_LENGTH = Holes.TOKEN.length();

  private final byte[] blank;
  private final int[] holeAt;
  private final boolean[] nameHole;
  private final Instant outdatedAt;

  private PersonalizedPage(byte[] blank, int[] holeAt, boolean[] nameHole, Instant outdatedAt) {
    this.blank = blank;
    this.holeAt = holeAt;
    this.nameHole = nameHole;
    this.outdatedAt = outdatedAt;
  }

  /** The same page, out of date from the given instant on (null: only when its story changes). */
  PersonalizedPage outdatedAt(Instant instant) {
    return new PersonalizedPage(blank, holeAt, nameHole, instant);
  }

  boolean isOutdated(Instant now) {
    return outdatedAt != null && !now.isBefore(outdatedAt);
  }

  /** The page rendered with the holes' marks, as UTF-8; its marks are found in one pass. */
  static PersonalizedPage of(byte[] html, Holes holes) {
    byte[] prefix = holes.prefix();
    ByteArrayOutputStream blank = new ByteArrayOutputStream(html.length);
    List<Integer> holeAt = new ArrayList<>();
    List<Boolean> names = new ArrayList<>();
    int from = 0;
    for (int at = indexOf(html, prefix, 0); at >= 0; at = indexOf(html, prefix, from)) {
      boolean name = startsWith(html, at + prefix.length, NAME_KIND);
      blank.write(html, from, at - from);
      holeAt.add(blank.size());
      names.add(name);
      from = at + prefix.length + (name ? NAME_KIND.length : TOKEN_KIND_LENGTH);
    }
    blank.write(html, from, html.length - from);
    boolean[] nameHole = new boolean[names.size()];
    for (int i = 0; i < nameHole.length; i++) {
      nameHole[i] = names.get(i);
    }
    return new PersonalizedPage(
        blank.toByteArray(), holeAt.stream().mapToInt(Integer::intValue).toArray(), nameHole, null);
  }

  private static int indexOf(byte[] text, byte[] sought, int from) {
    byte first = sought[0];
    for (int i = from, last = text.length - sought.length; i <= last; i++) {
      if (text[i] == first && startsWith(text, i, sought)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] text, int at, byte[] sought) {
    if (at + sought.length > text.length) {
      return false;
    }
    for (int i = 0; i < sought.length; i++) {
      if (text[at + i] != sought[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The page for one reader; the token is URL-safe Base64 and the name is escaped here. A reader
   * with neither (no token cookie, no remembered name) gets the one shared copy, which callers
   * must not change: so serving a page to a crawler or a new reader copies nothing.
   */
  byte[] fill(String token, String name) {
    if (token.isEmpty() && name.isEmpty()) {
      return blank;
    }
    byte[] tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
    StringOutput escaped = new StringOutput(name.length() + 16);
    Escape.htmlAttribute(name, escaped);
    byte[] nameBytes = escaped.toString().getBytes(StandardCharsets.UTF_8);
    int length = blank.length;
    for (boolean isName : nameHole) {
      length += isName ? nameBytes.length : tokenBytes.length;
    }
    byte[] page = new byte[length];
    int from = 0;
    int at = 0;
    for (int i = 0; i <= holeAt.length; i++) {
      int until = i < holeAt.length ? holeAt[i] : blank.length;
      System.arraycopy(blank, from, page, at, until - from);
      at += until - from;
      from = until;
      if (i < holeAt.length) {
        byte[] hole = nameHole[i] ? nameBytes : tokenBytes;
        System.arraycopy(hole, 0, page, at, hole.length);
        at += hole.length;
      }
    }
    return page;
  }

  /** Bytes held, for the cache's budget. */
  int weight() {
    return blank.length + 5 * holeAt.length + 64;
  }
}

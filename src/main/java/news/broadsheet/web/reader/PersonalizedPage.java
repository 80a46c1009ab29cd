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

  /** The marks a template is given in place of the reader's token and name. */
  record Holes(String token, String name) {
    static Holes random() {
      SecureRandom random = new SecureRandom();
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      String mark = "bs-hole-" + HexFormat.of().formatHex(bytes);
      return new Holes(mark + "-token", mark + "-name");
    }
  }

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

  static PersonalizedPage of(String html, Holes holes) {
    ByteArrayOutputStream blank = new ByteArrayOutputStream(html.length() + html.length() / 4);
    List<Integer> holeAt = new ArrayList<>();
    List<Boolean> names = new ArrayList<>();
    int from = 0;
    while (true) {
      int token = html.indexOf(holes.token(), from);
      int name = html.indexOf(holes.name(), from);
      int next = token < 0 ? name : name < 0 ? token : Math.min(token, name);
      if (next < 0) {
        break;
      }
      blank.writeBytes(html.substring(from, next).getBytes(StandardCharsets.UTF_8));
      holeAt.add(blank.size());
      names.add(next == name);
      from = next + (next == name ? holes.name().length() : holes.token().length());
    }
    blank.writeBytes(html.substring(from).getBytes(StandardCharsets.UTF_8));
    boolean[] nameHole = new boolean[names.size()];
    for (int i = 0; i < nameHole.length; i++) {
      nameHole[i] = names.get(i);
    }
    return new PersonalizedPage(
        blank.toByteArray(), holeAt.stream().mapToInt(Integer::intValue).toArray(), nameHole, null);
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

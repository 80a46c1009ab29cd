package news.broadsheet.web;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A rendered page kept as bytes with holes for what differs between readers: the form token and
 * the remembered name. Rendering once and filling the holes per request lets one cached copy
 * serve every reader. The holes are marked by random strings, which reader text cannot guess. A
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

  private final byte[][] chunks;
  private final boolean[] nameHole;
  private final int size;
  private final Instant outdatedAt;

  private PersonalizedPage(byte[][] chunks, boolean[] nameHole, int size, Instant outdatedAt) {
    this.chunks = chunks;
    this.nameHole = nameHole;
    this.size = size;
    this.outdatedAt = outdatedAt;
  }

  /** The same page, out of date from the given instant on (null: only when its story changes). */
  PersonalizedPage outdatedAt(Instant instant) {
    return new PersonalizedPage(chunks, nameHole, size, instant);
  }

  boolean isOutdated(Instant now) {
    return outdatedAt != null && !now.isBefore(outdatedAt);
  }

  static PersonalizedPage of(String html, Holes holes) {
    List<byte[]> chunks = new ArrayList<>();
    List<Boolean> names = new ArrayList<>();
    int from = 0;
    while (true) {
      int token = html.indexOf(holes.token(), from);
      int name = html.indexOf(holes.name(), from);
      int next = token < 0 ? name : name < 0 ? token : Math.min(token, name);
      if (next < 0) {
        break;
      }
      chunks.add(html.substring(from, next).getBytes(StandardCharsets.UTF_8));
      names.add(next == name);
      from = next + (next == name ? holes.name().length() : holes.token().length());
    }
    chunks.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
    boolean[] nameHole = new boolean[names.size()];
    for (int i = 0; i < nameHole.length; i++) {
      nameHole[i] = names.get(i);
    }
    int size = chunks.stream().mapToInt(c -> c.length).sum();
    return new PersonalizedPage(chunks.toArray(byte[][]::new), nameHole, size, null);
  }

  /** The page for one reader; the token is URL-safe Base64 and the name is escaped here. */
  byte[] fill(String token, String name) {
    byte[] tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
    StringOutput escaped = new StringOutput(name.length() + 16);
    Escape.htmlAttribute(name, escaped);
    byte[] nameBytes = escaped.toString().getBytes(StandardCharsets.UTF_8);
    int length = size;
    for (boolean isName : nameHole) {
      length += isName ? nameBytes.length : tokenBytes.length;
    }
    byte[] page = new byte[length];
    int at = 0;
    for (int i = 0; i < chunks.length; i++) {
      System.arraycopy(chunks[i], 0, page, at, chunks[i].length);
      at += chunks[i].length;
      if (i < nameHole.length) {
        byte[] hole = nameHole[i] ? nameBytes : tokenBytes;
        System.arraycopy(hole, 0, page, at, hole.length);
        at += hole.length;
      }
    }
    return page;
  }

  /** Bytes held, for the cache's budget. */
  int weight() {
    return size + 64 * chunks.length;
  }
}

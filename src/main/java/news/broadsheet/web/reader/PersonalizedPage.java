package news.broadsheet.web.reader;

import gg.jte.TemplateOutput;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import news.broadsheet.web.page.PageCoding;

/**
 * A rendered page kept as bytes with holes for what differs between readers: the form token and
 * the remembered name. Rendering once and filling the holes per request lets one cached copy
 * serve every reader; with every hole left empty it is the page of a reader the site knows nothing
 * of, shared as it is. The holes are found while the page is rendered, so nothing searches the
 * page for them. A page may know when it goes out of date by itself (the story's comments close
 * at a set time).
 */
final class PersonalizedPage {

  /**
   * What a template is given in place of the reader's token and name. The rendering output knows
   * these very string objects when the template writes them, and leaves a hole there instead; they
   * are random too, so no reader's text could pass for them.
   */
  record Holes(String token, String name) {
    static Holes random() {
      SecureRandom random = new SecureRandom();
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      String mark = "bs-hole-" + HexFormat.of().formatHex(bytes) + "-";
      return new Holes(mark + "token", mark + "name");
    }
  }

  private final byte[] blank;
  private final int[] holeAt;
  private final boolean[] nameHole;
  private final Instant outdatedAt;
  private volatile byte[] gzippedBlank;
  private volatile byte[] brotliBlank;

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

  /** The page that {@code rendering} writes, as UTF-8, with a hole wherever it writes a hole's mark. */
  static PersonalizedPage of(Holes holes, Consumer<TemplateOutput> rendering) {
    HoleCatchingOutput output = new HoleCatchingOutput(holes);
    rendering.accept(output);
    return output.page();
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

  /**
   * The page of a reader with neither token nor name, compressed, made when first asked for in
   * each coding and kept: every browser asks for pages compressed, and compressing 60 KB costs far
   * more than serving it. Two requests at once may both compress it; either copy is the same page.
   */
  byte[] compressedBlank(PageCoding coding) {
    byte[] compressed = compressed(coding);
    if (compressed == null) {
      compressed = coding.encode(blank);
      if (coding == PageCoding.BROTLI) {
        brotliBlank = compressed;
      } else {
        gzippedBlank = compressed;
      }
    }
    return compressed;
  }

  private byte[] compressed(PageCoding coding) {
    return coding == PageCoding.BROTLI ? brotliBlank : gzippedBlank;
  }

  /** Bytes held, for the cache's budget, with room for the two compressed copies (a tenth or less each). */
  int weight() {
    return blank.length + blank.length / 5 + 5 * holeAt.length + 64;
  }

  /** Writes a page as UTF-8 and notes where the template wrote a hole's mark, which it leaves out. */
  private static final class HoleCatchingOutput implements TemplateOutput {

    private final Holes holes;
    private final Utf8ByteOutput bytes = new Utf8ByteOutput();
    private final List<Integer> holeAt = new ArrayList<>();
    private final List<Boolean> names = new ArrayList<>();

    HoleCatchingOutput(Holes holes) {
      this.holes = holes;
    }

    @Override
    public void writeContent(String value) {
      if (value == holes.token() || value == holes.name()) { // the very marks: a reader's text never is
        holeAt.add(bytes.getContentLength());
        names.add(value == holes.name());
      } else {
        bytes.writeContent(value);
      }
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
      if (value == holes.token() || value == holes.name()) {
        throw new IllegalStateException("a hole's mark was written in pieces, so its hole would be lost");
      }
      bytes.writeContent(value, beginIndex, endIndex);
    }

    @Override
    public void writeBinaryContent(byte[] value) {
      bytes.writeBinaryContent(value);
    }

    PersonalizedPage page() {
      boolean[] nameHole = new boolean[names.size()];
      for (int i = 0; i < nameHole.length; i++) {
        nameHole[i] = names.get(i);
      }
      return new PersonalizedPage(
          bytes.toByteArray(), holeAt.stream().mapToInt(Integer::intValue).toArray(), nameHole, null);
    }
  }
}

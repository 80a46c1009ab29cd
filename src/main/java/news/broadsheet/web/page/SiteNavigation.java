package news.broadsheet.web.page;

import gg.jte.TemplateOutput;
import java.util.List;
import java.util.function.Supplier;
import news.broadsheet.desk.Section;
import news.broadsheet.storage.DatabaseUnavailableException;

/**
 * The sections the reader's navigation lists, as an admin chose and ordered them: read at most
 * every few seconds, and written into each page where the layout marks their place. While the
 * database does not answer, the last sections read stand, so that error pages can still be made.
 */
public final class SiteNavigation {

  /** Where the layout wants the sections: inside its navigation list, after "Latest". */
  static final String MARK = "<!--broadsheet:sections-->";
  private static final long FRESH_NANOS = 5_000_000_000L;

  private final Supplier<List<Section>> sections;
  private volatile String html;
  private volatile long readAt;

  public SiteNavigation(Supplier<List<Section>> sections) {
    this.sections = sections;
  }

  /** No sections: for pages rendered without a site (tests of templates). */
  public static SiteNavigation none() {
    return new SiteNavigation(List::of);
  }

  /**
   * The output with the sections written where the layout marks their place: the layout writes
   * the mark as one piece of unescaped content, so only such pieces are compared with it.
   */
  TemplateOutput filling(TemplateOutput output) {
    return new TemplateOutput() {
      @Override
      public void writeContent(String value) {
        output.writeContent(MARK.equals(value) ? items() : value);
      }

      @Override
      public void writeContent(String value, int beginIndex, int endIndex) {
        output.writeContent(value, beginIndex, endIndex);
      }

      @Override
      public void writeBinaryContent(byte[] value) {
        output.writeBinaryContent(value);
      }
    };
  }

  private String items() {
    String current = html;
    if (current == null || System.nanoTime() - readAt > FRESH_NANOS) {
      List<Section> listed;
      try {
        listed = sections.get();
      } catch (DatabaseUnavailableException down) {
        // the last sections read stand (none before the first read) until the database answers again
        current = current == null ? "" : current;
        html = current;
        readAt = System.nanoTime();
        return current;
      }
      StringBuilder list = new StringBuilder();
      for (Section section : listed) {
        list.append("<li><a href=\"/sections/").append(escape(Paths.segment(section.slug()))).append("\">")
            .append(escape(section.name())).append("</a></li>\n");
      }
      current = list.toString();
      html = current;
      readAt = System.nanoTime();
    }
    return current;
  }

  /** Forgets what it read, so that a change made here shows on the next page. */
  public void changed() {
    html = null;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

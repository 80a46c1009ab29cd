package news.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.web.desk.DeskSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page the desk brings, readers' and staff's, passes the Nu HTML Checker with no error. */
class DeskPageValidityTest {

  @TempDir Path temp;

  @Test
  void every_desk_page_kind_passes_the_nu_html_checker() throws Exception {
    try (DeskSite s = new DeskSite(DatabaseKind.SQLITE, temp)) {
      Map<String, String> pages = new DeskPageKinds(s).collect(s);
      assertThat(pages).hasSizeGreaterThanOrEqualTo(20);
      Map<String, List<String>> errors = new LinkedHashMap<>();
      for (var page : pages.entrySet()) {
        List<String> found = PageValidityTest.errorsIn(page.getValue());
        if (!found.isEmpty()) {
          errors.put(page.getKey(), found);
        }
      }
      assertThat(errors).isEmpty();
    }
  }
}

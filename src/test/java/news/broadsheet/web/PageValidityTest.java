package news.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.TestServer;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of page passes the Nu HTML Checker with no error. */
class PageValidityTest {

  @TempDir Path temp;

  @Test
  void every_page_kind_passes_the_nu_html_checker() throws Exception {
    SmallCorpus.write(temp.resolve("corpus"), 3, 2);
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      site.withStories(ReferenceSample.file(), temp.resolve("corpus/story-00000.txt"), temp.resolve("corpus/story-00001.txt"));
      Map<String, String> pages = PageKinds.collect(site);
      pages.putAll(StaffPageKinds.collect(site));
      assertThat(pages).hasSizeGreaterThanOrEqualTo(40);
      Map<String, List<String>> errors = new LinkedHashMap<>();
      for (var page : pages.entrySet()) {
        List<String> found = errorsIn(page.getValue());
        if (!found.isEmpty()) {
          errors.put(page.getKey(), found);
        }
      }
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void the_checker_does_find_errors_in_a_broken_page() throws Exception {
    String broken = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p id=a><p id=a><li>stray</li></body></html>";
    assertThat(errorsIn(broken)).hasSizeGreaterThanOrEqualTo(2);
  }

  static List<String> errorsIn(String html) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    validator.setNoLangDetect(true);
    String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    List<String> errors = new ArrayList<>();
    for (JsonNode message : new ObjectMapper().readTree(report).path("messages")) {
      String type = message.path("type").asText();
      if (type.equals("error") || type.equals("non-document-error")) {
        errors.add("line " + message.path("lastLine").asText() + ": " + message.path("message").asText()
            + " [" + message.path("extract").asText() + "]");
      }
    }
    return errors;
  }
}

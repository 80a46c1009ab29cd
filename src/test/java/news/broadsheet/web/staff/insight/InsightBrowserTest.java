package news.broadsheet.web.staff.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.testing.AxeCore;
import news.broadsheet.testing.Chromium;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard and the reaction page in Chromium: the reference story's chart shows its 26
 * comments from 09:00 to 19:00, every page has no serious axe fault at 1280 and 390 pixels, and
 * screenshots land in target/screenshots/insight for a person to look at.
 */
class InsightBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots", "insight");

  @TempDir Path temp;

  @Test
  void the_reaction_page_of_the_reference_story_charts_its_26_comments_and_the_pages_pass_axe() throws Exception {
    String axe = AxeCore.source();
    Files.createDirectories(SCREENSHOTS);
    try (TestServer site = InsightSite.start(DatabaseKind.SQLITE, temp)) {
      long reference = InsightSite.reference(site);
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("dashboard-today", "/admin/dashboard");
      pages.put("dashboard-reference-day", "/admin/dashboard?day=2018-03-03");
      pages.put("dashboard-empty", "/admin/dashboard?day=2020-01-01&days=7");
      pages.put("reactions-reference", "/admin/stories/" + reference + "/reactions");
      pages.put("reactions-posted", "/admin/stories/" + InsightSite.otherStory(site) + "/reactions");
      Map<String, List<String>> faults = new LinkedHashMap<>();
      for (int[] size : new int[][] {{1280, 1000}, {390, 844}}) {
        ChromeDriver browser = Chromium.start(size[0], size[1]);
        try {
          logIn(browser, site, "Mona");
          for (var page : pages.entrySet()) {
            browser.get(site.url(page.getValue()));
            check(browser, axe, page.getKey() + " at " + size[0], faults);
            shootWhole(browser, page.getKey() + "-" + size[0]);
          }
          browser.get(site.url("/admin/stories/" + reference + "/reactions"));
          assertReferenceChart(browser);
          browser.get(site.url("/news/" + reference + "/" + InsightSite.REFERENCE_SLUG));
          browser.findElement(By.linkText("Reactions to this story")).click();
          assertThat(browser.getCurrentUrl()).endsWith("/admin/stories/" + reference + "/reactions");
        } finally {
          browser.quit();
        }
      }
      assertThat(faults).isEmpty();
    }
  }

  private static void assertReferenceChart(ChromeDriver browser) {
    assertThat(browser.findElement(By.cssSelector(".reaction-summary")).getText())
        .isEqualTo("26 comments by 25 commenters between 09:48 and 19:42 on Sat 3 March 2018, Pakistan Time (Asia/Karachi).");
    WebElement chart = browser.findElement(By.cssSelector("svg.chart[aria-labelledby^='over-time']"));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(chart.getSize().getHeight()).isGreaterThan(100);
    List<String> labels = chart.findElements(By.cssSelector(".chart-x-label")).stream().map(WebElement::getText).toList();
    assertThat(labels).startsWith("09:00").endsWith("19:00").hasSize(11);
    long total = 0;
    for (WebElement bar : chart.findElements(By.cssSelector("rect"))) {
      String tooltip = bar.findElement(By.tagName("title")).getAttribute("textContent");
      total += Long.parseLong(tooltip.replaceAll(".*: (\\d+) published$", "$1"));
    }
    assertThat(total).isEqualTo(26);
    assertThat(browser.findElements(By.cssSelector("#over-time-caption"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector(".phrase"))).isNotEmpty();
  }

  static void logIn(ChromeDriver browser, TestServer site, String name) {
    browser.get(site.url("/login?next=/admin/dashboard"));
    browser.findElement(By.id("login-name")).sendKeys(name);
    browser.findElement(By.id("login-password")).sendKeys(StaffLogins.PASSWORD);
    browser.findElement(By.cssSelector(".login-form button[type=submit]")).click();
    assertThat(browser.getCurrentUrl()).endsWith("/admin/dashboard");
  }

  /** A screenshot of the whole page: the window is made as tall as the page first. */
  static void shootWhole(ChromeDriver browser, String name) throws Exception {
    Object height = browser.executeScript("return document.documentElement.scrollHeight");
    int width = browser.manage().window().getSize().getWidth();
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", Math.min(12000, ((Number) height).intValue()), "deviceScaleFactor", 1, "mobile", false));
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  static void check(ChromeDriver browser, String axe, String page, Map<String, List<String>> faults) {
    browser.executeScript(axe);
    Object result = browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(JSON.stringify(r.violations)))"
            + ".catch(e => done('axe failed: ' + e));");
    assertThat(result.toString()).as(page).startsWith("[");
    List<String> found = new ArrayList<>();
    try {
      for (JsonNode violation : new ObjectMapper().readTree(result.toString())) {
        String impact = violation.path("impact").asText();
        if (impact.equals("serious") || impact.equals("critical")) {
          found.add(impact + " " + violation.path("id").asText() + ": " + violation.path("help").asText()
              + " at " + violation.path("nodes").path(0).path("target"));
        }
      }
    } catch (java.io.IOException unreadable) {
      throw new AssertionError(page + ": " + result, unreadable);
    }
    if (!found.isEmpty()) {
      faults.put(page, found);
    }
  }
}

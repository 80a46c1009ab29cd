package news.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.moderation.WordList;
import news.broadsheet.testing.AxeCore;
import news.broadsheet.testing.Chromium;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.StaffFixture;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page kind, opened in headless Chromium, has no serious or critical accessibility fault
 * that axe-core finds. Screenshots of the story page land in target/screenshots for a person to
 * look at.
 */
class AccessibilityTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir Path temp;

  @Test
  void no_page_kind_has_a_serious_or_critical_axe_violation() throws Exception {
    String axe = AxeCore.source();
    SmallCorpus.write(temp.resolve("corpus"), 2, 2);
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      site.withStories(ReferenceSample.file(), temp.resolve("corpus/story-00000.txt"), temp.resolve("corpus/story-00001.txt"));
      Map<String, String> paths = PageKinds.paths(site);
      ChromeDriver browser = Chromium.start(1280, 1000);
      Map<String, List<String>> faults = new LinkedHashMap<>();
      try {
        browser.get("about:blank");
        browser.executeScript("document.body.innerHTML = '<img src=\"x.png\"><button></button>';");
        Map<String, List<String>> control = new LinkedHashMap<>();
        check(browser, axe, "a page made to fail", control);
        assertThat(control).as("axe finds faults at all").isNotEmpty();
        for (var page : paths.entrySet()) {
          browser.get(site.url(page.getValue()));
          check(browser, axe, page.getKey(), faults);
        }
        browser.get(site.url(paths.get("story with comments and replies")));
        JavascriptExecutor script = browser;
        script.executeScript("document.getElementById('comment-form').noValidate = true;");
        browser.findElement(By.id("comment-form-text")).sendKeys("Kept text");
        submitAndWait(browser);
        assertThat(browser.getPageSource()).contains("Please give a name");
        check(browser, axe, "story with a validation error", faults);
        site.app().words().add(WordList.BANNED, List.of("zorblax"), "test");
        browser.findElement(By.id("comment-form-name")).sendKeys("Ali");
        browser.findElement(By.id("comment-form-text")).clear();
        browser.findElement(By.id("comment-form-text")).sendKeys("Zorblax!");
        submitAndWait(browser);
        assertThat(browser.getPageSource()).contains("Your comment was not published");
        check(browser, axe, "story refusing a rejected comment", faults);
        Files.createDirectories(SCREENSHOTS);
        browser.executeScript("document.getElementById('comment-form').scrollIntoView()");
        shoot(browser, "story-desktop-validation-error");
      } finally {
        browser.quit();
      }
      assertThat(faults).isEmpty();
    }
  }

  @Test
  void no_staff_page_has_a_serious_or_critical_axe_violation() throws Exception {
    String axe = AxeCore.source();
    try (TestServer site = StaffLogins.siteWithStaff(DatabaseKind.SQLITE, temp)) {
      StaffFixture.fill(site);
      Map<String, List<String>> faults = new LinkedHashMap<>();
      for (int width : new int[] {1280, 390}) {
        ChromeDriver browser = Chromium.start(width, 900);
        try {
          browser.get(site.url("/login?next=/admin/moderation"));
          check(browser, axe, "login " + width, faults);
          browser.findElement(By.id("login-name")).sendKeys("Ada");
          browser.findElement(By.id("login-password")).sendKeys(StaffLogins.PASSWORD);
          submitAndWait(browser, ".login-form button[type=submit]");
          for (var page : StaffPageKinds.paths().entrySet()) {
            browser.get(site.url(page.getValue()));
            check(browser, axe, page.getKey() + " " + width, faults);
          }
          browser.get(site.url("/admin/moderation"));
          browser.findElement(By.cssSelector(".card-sanction-panel summary")).click();
          check(browser, axe, "queue with the sanction form open " + width, faults);
          submitAndWait(browser, ".bulk-form + .bulk-form button");
          check(browser, axe, "bulk confirmation " + width, faults);
        } finally {
          browser.quit();
        }
      }
      assertThat(faults).isEmpty();
    }
  }

  @Test
  void screenshots_of_the_story_page_on_a_desktop_and_a_phone() throws Exception {
    SmallCorpus.write(temp.resolve("corpus"), 1, 2);
    try (TestServer site =
        TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file(), temp.resolve("corpus/story-00000.txt"))) {
      Map<String, String> paths = PageKinds.paths(site);
      String story = site.url(paths.get("story with comments and replies"));
      Files.createDirectories(SCREENSHOTS);
      for (var size : Map.of("desktop", new int[] {1280, 1000}, "phone", new int[] {390, 844}).entrySet()) {
        ChromeDriver browser = Chromium.start(size.getValue()[0], size.getValue()[1]);
        try {
          browser.get(story);
          shoot(browser, "story-" + size.getKey() + "-top");
          browser.executeScript("document.querySelector('.replies > .comment').scrollIntoView()");
          shoot(browser, "story-" + size.getKey() + "-thread");
          browser.executeScript("document.getElementById('comment-form').scrollIntoView()");
          shoot(browser, "story-" + size.getKey() + "-form");
          assertThat(browser.findElements(By.cssSelector("li.comment"))).hasSizeGreaterThanOrEqualTo(28);
        } finally {
          browser.quit();
        }
      }
    }
  }

  static void shoot(WebDriver browser, String name) throws Exception {
    Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  static void check(ChromeDriver browser, String axe, String page, Map<String, List<String>> faults) throws Exception {
    browser.executeScript(axe);
    Object result =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done('axe failed: ' + e));");
    assertThat(result.toString()).as(page).startsWith("[");
    List<String> found = new ArrayList<>();
    for (JsonNode violation : new ObjectMapper().readTree(result.toString())) {
      String impact = violation.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        found.add(impact + " " + violation.path("id").asText() + ": " + violation.path("help").asText()
            + " at " + violation.path("nodes").path(0).path("target"));
      }
    }
    if (!found.isEmpty()) {
      faults.put(page, found);
    }
  }

  /** Submits the comment form and waits for the answer to replace the page, not just to start loading. */
  private static void submitAndWait(ChromeDriver browser) {
    submitAndWait(browser, "#comment-form button[type=submit]");
  }

  /** Clicks a form's button and waits for the answer to replace the page. */
  private static void submitAndWait(ChromeDriver browser, String buttonSelector) {
    WebElement button = browser.findElement(By.cssSelector(buttonSelector));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
  }
}

package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import news.broadsheet.comment.Comment;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.testing.Chromium;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A reader searches the reference story from the masthead in Chromium, as a reader would. */
class SearchBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir Path temp;

  @Test
  void a_reader_finds_the_romanised_urdu_comment_by_a_misspelling_and_the_story_by_an_inflection_but_never_a_rejected_comment()
      throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long story = site.app().articles().latest(1, 0).get(0).id();
      Comment undiplomatic = site.app().comments().published(story).stream()
          .filter(c -> c.name().equals("Undiplomatic")).findFirst().orElseThrow();
      site.app().moderation().reject(undiplomatic.id(), Moderator.named("Saima"), "off topic");
      ChromeDriver browser = Chromium.start(1280, 1000);
      try {
        browser.get(site.url("/"));
        searchFromTheMasthead(browser, "batoon maante");
        WebElement anand = result(browser, "Anand");
        assertThat(anand.findElement(By.cssSelector(".snippet")).getText()).contains("Laton key bhoot baton sey nahin mantey.");
        assertThat(anand.findElements(By.cssSelector(".snippet mark"))).extracting(WebElement::getText).containsExactly("baton", "mantey");
        anand.findElement(By.cssSelector(".result-title a")).click();
        assertThat(browser.getCurrentUrl()).contains("#comment-");
        assertThat(browser.findElement(By.cssSelector(":target .comment-text")).getText()).contains("bhoot baton sey nahin mantey");

        searchFromTheMasthead(browser, "relation");
        assertThat(browser.findElements(By.cssSelector(".result-story .result-title")))
            .extracting(WebElement::getText).contains("US, Pakistan inch towards better relations");

        searchFromTheMasthead(browser, "permanent friendship enmity");
        assertThat(browser.findElements(By.cssSelector(".result"))).isEmpty();
        assertThat(browser.findElement(By.id("results-heading")).getText()).isEqualTo("Nothing found");
        assertThat(browser.getPageSource()).doesNotContain("Undiplomatic").doesNotContain("enmity in the world");
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void screenshots_of_the_results_on_a_desktop_and_a_phone() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      Files.createDirectories(SCREENSHOTS);
      for (var size : Map.of("desktop", new int[] {1280, 1000}, "phone", new int[] {390, 844}).entrySet()) {
        ChromeDriver browser = Chromium.start(size.getValue()[0], size.getValue()[1]);
        try {
          browser.get(site.url("/search?q=pakistan+relations"));
          assertThat(browser.findElements(By.cssSelector(".result"))).hasSizeGreaterThanOrEqualTo(3);
          shoot(browser, "search-" + size.getKey() + "-top");
          browser.executeScript("document.querySelector('.search-results').scrollIntoView()");
          shoot(browser, "search-" + size.getKey() + "-results");
        } finally {
          browser.quit();
        }
      }
    }
  }

  private static void searchFromTheMasthead(ChromeDriver browser, String words) {
    WebElement box = browser.findElement(By.id("site-search-q"));
    box.clear();
    box.sendKeys(words);
    WebElement old = browser.findElement(By.tagName("main"));
    box.submit();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
    assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo(words);
  }

  private static WebElement result(ChromeDriver browser, String byline) {
    List<WebElement> found = browser.findElements(By.cssSelector(".result-comment")).stream()
        .filter(r -> r.findElement(By.cssSelector(".author")).getText().equals(byline)).toList();
    assertThat(found).as("a result by " + byline).isNotEmpty();
    return found.get(0);
  }

  private static void shoot(ChromeDriver browser, String name) throws Exception {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}

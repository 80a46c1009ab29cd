package news.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.moderation.ModerationEvent;
import news.broadsheet.testing.AxeCore;
import news.broadsheet.testing.Chromium;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.StaffFixture;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A moderator works the queue in Chromium: with the keyboard alone (approve, reject with a reason
 * from the list, suspend the commenter), each card leaving without a page load and the focus on
 * the next; and with JavaScript off, by the plain forms. The pages pass axe-core on the way.
 */
class QueueBrowserTest {

  @TempDir Path temp;

  @Test
  void a_moderator_approves_rejects_and_suspends_with_the_keyboard_alone() throws Exception {
    String axe = AxeCore.source();
    try (TestServer site = StaffLogins.siteWithStaff(DatabaseKind.SQLITE, temp)) {
      List<Long> held = StaffFixture.fill(site);
      Map<String, List<String>> faults = new LinkedHashMap<>();
      ChromeDriver browser = Chromium.start(1280, 1000);
      try {
        browser.get(site.url("/login?next=/admin/moderation"));
        keys(browser, "Mona", Keys.TAB, StaffLogins.PASSWORD, Keys.ENTER);
        await(browser, By.cssSelector(".card.current"));
        AccessibilityTest.check(browser, axe, "queue", faults);
        assertThat(browser.findElement(By.cssSelector(".card.current")).getAttribute("id")).isEqualTo("card-" + held.get(0));
        String page = pageId(browser);

        keys(browser, "a");
        awaitStatus(browser, "Approved the comment by Hira.");
        assertThat(browser.findElements(By.id("card-" + held.get(0)))).isEmpty();
        assertThat(focused(browser)).isEqualTo("card-" + held.get(1));
        assertThat(status(site, held.get(0))).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(browser.findElement(By.cssSelector(".staff-count[data-count=pending]")).getText()).isEqualTo("3 pending");

        keys(browser, "r");
        assertThat(focused(browser)).isEqualTo("preset-" + held.get(1));
        keys(browser, "1", Keys.ENTER);
        awaitStatus(browser, "Rejected the comment by Ayesha Khan.");
        assertThat(status(site, held.get(1))).isEqualTo(CommentStatus.REJECTED);
        assertThat(lastReason(site, held.get(1))).isEqualTo("Insults or abuse");
        assertThat(focused(browser)).isEqualTo("card-" + held.get(2));

        keys(browser, "b");
        assertThat(focused(browser)).isEqualTo("length-" + held.get(2));
        keys(browser, Keys.ARROW_DOWN, Keys.TAB, "shouting at everyone", Keys.ENTER);
        awaitStatus(browser, "Angry Reader is suspended for 7 days, and the comment is rejected.");
        assertThat(status(site, held.get(2))).isEqualTo(CommentStatus.REJECTED);
        assertThat(site.app().sanctions().active()).anyMatch(s -> s.reason().equals("shouting at everyone") && !s.isBan());
        assertThat(focused(browser)).isEqualTo("card-" + held.get(3));

        keys(browser, "k", "j");
        assertThat(focused(browser)).isEqualTo("card-" + held.get(3));
        assertThat(pageId(browser)).as("no page load all along").isEqualTo(page);
        AccessibilityTest.check(browser, axe, "queue after decisions", faults);
        Files.createDirectories(AccessibilityTest.SCREENSHOTS);
        AccessibilityTest.shoot(browser, "queue-after-keyboard");
      } finally {
        browser.quit();
      }
      assertThat(faults).isEmpty();
    }
  }

  @Test
  void a_moderator_approves_rejects_and_suspends_with_javascript_off() throws Exception {
    try (TestServer site = StaffLogins.siteWithStaff(DatabaseKind.SQLITE, temp)) {
      List<Long> held = StaffFixture.fill(site);
      ChromeDriver browser = Chromium.withoutJavaScript(1280, 1000);
      try {
        browser.get(site.url("/login?next=/admin/moderation"));
        browser.findElement(By.id("login-name")).sendKeys("Mona");
        browser.findElement(By.id("login-password")).sendKeys(StaffLogins.PASSWORD, Keys.ENTER);
        WebElement first = await(browser, By.id("card-" + held.get(0)));
        assertThat(browser.findElements(By.cssSelector(".card.current"))).as("the script does not run").isEmpty();

        submit(browser, first.findElement(By.cssSelector("button[value=approve]")));
        assertThat(await(browser, By.cssSelector(".queue-status.shown")).getText()).isEqualTo("Approved 1 comment.");
        assertThat(status(site, held.get(0))).isEqualTo(CommentStatus.PUBLISHED);

        WebElement second = browser.findElement(By.id("card-" + held.get(1)));
        second.findElement(By.cssSelector(".card-reject select")).sendKeys("2. Hate");
        submit(browser, second.findElement(By.cssSelector(".card-reject button")));
        assertThat(await(browser, By.cssSelector(".queue-status.shown")).getText()).isEqualTo("Rejected 1 comment.");
        assertThat(lastReason(site, held.get(1))).isEqualTo("Hate");

        WebElement third = browser.findElement(By.id("card-" + held.get(2)));
        third.findElement(By.cssSelector(".card-sanction-panel summary")).click();
        third.findElement(By.cssSelector(".card-sanction-form select")).sendKeys("Ban until lifted");
        third.findElement(By.cssSelector(".card-sanction-form input[name=reason]")).sendKeys("shouting at everyone");
        submit(browser, third.findElement(By.cssSelector(".card-sanction-form button")));
        assertThat(await(browser, By.cssSelector(".queue-status.shown")).getText())
            .isEqualTo("The commenter's ban or suspension is in force.");
        assertThat(site.app().sanctions().active()).anyMatch(s -> s.reason().equals("shouting at everyone") && s.isBan());
        assertThat(status(site, held.get(2))).isEqualTo(CommentStatus.REJECTED);
        assertThat(browser.findElements(By.cssSelector(".card"))).hasSize(1);
      } finally {
        browser.quit();
      }
    }
  }

  private static void keys(WebDriver browser, CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  private static String focused(ChromeDriver browser) {
    return (String) browser.executeScript("return document.activeElement.id");
  }

  /** A mark on the page that a page load would wipe out. */
  private static String pageId(ChromeDriver browser) {
    return (String) browser.executeScript("return window.pageMark || (window.pageMark = String(Math.random()))");
  }

  private static void awaitStatus(WebDriver browser, String text) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(b -> b.findElement(By.id("queue-status")).getText().equals(text));
    } catch (org.openqa.selenium.TimeoutException late) {
      throw new AssertionError("the status says '" + browser.findElement(By.id("queue-status")).getText() + "', not '" + text
          + "'; the focus is on " + ((ChromeDriver) browser).executeScript("return document.activeElement.outerHTML.slice(0, 200)"),
          late);
    }
  }

  /** Clicks a button that submits a form, and waits for the page that answers. */
  private static void submit(WebDriver browser, WebElement button) {
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
  }

  private static WebElement await(WebDriver browser, By element) {
    return new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElements(element).stream().findFirst().orElse(null));
  }

  private static CommentStatus status(TestServer site, long id) {
    return site.app().comments().find(id).orElseThrow().status();
  }

  private static String lastReason(TestServer site, long commentId) {
    List<ModerationEvent> history = site.app().moderation().history(commentId);
    return history.get(history.size() - 1).note();
  }
}

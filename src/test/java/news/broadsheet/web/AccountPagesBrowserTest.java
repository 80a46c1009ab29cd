package news.broadsheet.web;

import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.account.Role;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.testing.AxeCore;
import news.broadsheet.testing.Chromium;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing up from "Sign in to comment", commenting as the new account, and suspending an account
 * from the moderation queue, in headless Chromium: each page passes axe-core, and screenshots land
 * in target/screenshots for a person to look at.
 */
class AccountPagesBrowserTest {

  private static final String PASSWORD = "a long passphrase";

  @TempDir Path temp;

  @Test
  void a_guest_signs_up_from_the_sign_in_link_and_comments_as_the_new_account() throws Exception {
    String axe = AxeCore.source();
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      site.app().settings().set("comments.commenters", "accounts", "test");
      Files.createDirectories(AccessibilityTest.SCREENSHOTS);
      Map<String, List<String>> faults = new LinkedHashMap<>();
      ChromeDriver browser = Chromium.start(1280, 1000);
      try {
        browser.get(site.url("/news/" + referenceStory(site)));
        WebElement signIn = browser.findElement(By.id("comment-form"));
        assertThat(signIn.getText()).contains("Sign in to comment").contains("create an account");
        browser.executeScript("arguments[0].scrollIntoView()", signIn);
        AccessibilityTest.shoot(browser, "accounts-story-sign-in-to-comment");
        AccessibilityTest.check(browser, axe, "story where only signed-in readers comment", faults);

        signIn.findElement(By.linkText("create an account")).click();
        await(browser, By.id("signup-name"));
        assertThat(browser.getTitle()).startsWith("Create an account");
        AccessibilityTest.check(browser, axe, "sign-up", faults);
        browser.findElement(By.id("signup-name")).sendKeys("Ayesha Khan");
        browser.findElement(By.id("signup-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signup-repeated")).sendKeys(PASSWORD + "!");
        browser.findElement(By.cssSelector(".signup-form button[type=submit]")).click();
        assertThat(await(browser, By.id("signup-repeated-error")).getText()).startsWith("The two passwords differ");
        AccessibilityTest.shoot(browser, "accounts-sign-up-error");
        AccessibilityTest.check(browser, axe, "sign-up with an error", faults);

        browser.findElement(By.id("signup-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signup-repeated")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector(".signup-form button[type=submit]")).click();
        WebElement form = await(browser, By.cssSelector("#comment-form .commenting-as")).findElement(By.xpath(".."));
        assertThat(form.findElement(By.cssSelector(".commenting-as")).getText()).startsWith("Commenting as Ayesha Khan.");
        browser.executeScript("arguments[0].scrollIntoView()", form);
        AccessibilityTest.shoot(browser, "accounts-story-commenting-as");
        AccessibilityTest.check(browser, axe, "story for a signed-in reader", faults);

        browser.findElement(By.id("comment-form-text")).sendKeys("Signed up and commenting under my own name.");
        form.findElement(By.cssSelector("button[type=submit]:not(.link-button)")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().contains("#comment-"));
        String posted = browser.getCurrentUrl().replaceFirst(".*#", "");
        assertThat(browser.findElement(By.cssSelector("#" + posted + " .comment-name")).getText()).isEqualTo("Ayesha Khan");

        browser.findElement(By.cssSelector("#comment-form .link-button")).click();
        assertThat(await(browser, By.cssSelector("#comment-form .sign-in-link")).getText()).isEqualTo("Sign in to comment");
      } finally {
        browser.quit();
      }
      assertThat(faults).isEmpty();
    }
  }

  @Test
  void a_moderator_suspends_an_account_from_the_queue() throws Exception {
    String axe = AxeCore.source();
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long story = referenceStory(site);
      long account = site.app().accounts().addUser("Ayesha Khan", Role.READER, PASSWORD).id();
      site.app().accounts().addUser("Mona", Role.MODERATOR, PASSWORD);
      site.app().posting().post(CommentDraft.byAccount(story, null, account, "Ayesha Khan",
          "Links: https://a.example/1 https://b.example/2 https://c.example/3", "reader-pc"));
      site.app().posting().post(new CommentDraft(story, null, "Guest", "SHOUTING AT EVERYONE ON THIS PAGE TODAY", "guest-pc"));
      Files.createDirectories(AccessibilityTest.SCREENSHOTS);
      Map<String, List<String>> faults = new LinkedHashMap<>();
      ChromeDriver browser = Chromium.start(1280, 1400);
      try {
        browser.get(site.url("/login?next=/admin/moderation"));
        browser.findElement(By.id("login-name")).sendKeys("Mona");
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector(".login-form button[type=submit]")).click();
        WebElement card = await(browser, By.cssSelector(".card"));
        assertThat(card.findElement(By.cssSelector(".card-name")).getText()).isEqualTo("Ayesha Khan");
        assertThat(card.findElement(By.cssSelector(".card-head .badge")).getText()).isEqualToIgnoringCase("Account");
        card.findElement(By.cssSelector(".card-sanction-panel summary")).click();
        card.findElement(By.cssSelector(".card-sanction-form select")).sendKeys("Suspend for 7 days");
        card.findElement(By.cssSelector(".card-sanction-form input[name=reason]")).sendKeys("links to spam");
        card.findElement(By.cssSelector(".card-sanction-form input[name=reject]")).click();
        card.findElement(By.cssSelector(".card-sanction-form button")).click();
        assertThat(await(browser, By.cssSelector(".card .card-sanction")).getText()).isEqualTo("Suspended: links to spam");
        assertThat(browser.findElement(By.id("queue-status")).getText())
            .contains("Ayesha Khan is suspended for 7 days.");
        assertThat(site.app().sanctions().active()).singleElement()
            .satisfies(sanction -> assertThat(sanction.commenter().accountId()).isEqualTo(account));
        AccessibilityTest.shoot(browser, "accounts-moderation-queue");
        AccessibilityTest.check(browser, axe, "moderation queue with a suspended account", faults);
      } finally {
        browser.quit();
      }
      assertThat(faults).isEmpty();
    }
  }

  /** The element once the page that has it is loaded (a click that submits a form returns at once). */
  private static WebElement await(WebDriver browser, By element) {
    return new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElements(element).stream().findFirst().orElse(null));
  }
}

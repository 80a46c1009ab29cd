package news.broadsheet.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.testing.Chromium;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.StaffFixture;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Whole-page screenshots of every staff page at 1280 and 390 pixels wide, for a person to look at:
 * in target/screenshots/staff, or the folder the system property {@code broadsheet.screens} names.
 */
class StaffScreenshotsTest {

  private static final Path FOLDER = Path.of(System.getProperty("broadsheet.screens", "target/screenshots/staff"));

  @TempDir Path temp;

  @Test
  void every_staff_page_wide_and_narrow() throws Exception {
    try (TestServer site = StaffLogins.siteWithStaff(DatabaseKind.SQLITE, temp)) {
      StaffFixture.fill(site);
      Files.createDirectories(FOLDER);
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("queue-pending", "/admin/moderation");
      pages.put("queue-reported", "/admin/moderation?tab=reported");
      pages.put("queue-approved", "/admin/moderation?tab=approved");
      pages.put("queue-filtered-empty", "/admin/moderation?tab=pending&text=nothing+like+this&story=1");
      pages.put("accounts", "/admin/accounts");
      pages.put("accounts-search", "/admin/accounts?q=a&only=reader");
      pages.put("data-rights", "/admin/data-rights?q=Zara");
      pages.put("data-rights-erase", "/admin/data-rights/erase?guest=Zara&client=c-zara");
      pages.put("settings", "/admin/settings");
      pages.put("words", "/admin/words");
      for (int width : new int[] {1280, 390}) {
        ChromeDriver browser = Chromium.start(width, width < 600 ? 844 : 900);
        try {
          browser.get(site.url("/login?next=/admin/moderation"));
          shoot(browser, "login", width);
          browser.findElement(By.id("login-name")).sendKeys("Ada");
          browser.findElement(By.id("login-password")).sendKeys(StaffLogins.PASSWORD);
          browser.findElement(By.cssSelector(".login-form button[type=submit]")).click();
          // an admin lands on the first section of the staff area (the desk); the pages below are asked for by address
          new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.getCurrentUrl().contains("/login"));
          for (var page : pages.entrySet()) {
            browser.get(site.url(page.getValue()));
            shoot(browser, page.getKey(), width);
          }
          browser.get(site.url("/admin/moderation"));
          browser.findElement(By.cssSelector(".bulk-form + .bulk-form button")).click();
          new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getTitle().startsWith("Confirm"));
          shoot(browser, "queue-bulk-confirm", width);
        } finally {
          browser.quit();
        }
      }
      assertThat(Files.list(FOLDER).count()).isGreaterThanOrEqualTo(20);
    }
  }

  /** The whole page, not only what the window shows, and what the window shows first. */
  static void shoot(ChromeDriver browser, String name, int width) throws Exception {
    capture(browser, width, width < 600 ? 844 : 900, FOLDER.resolve(name + "-" + width + "-top.png"));
    Object height = browser.executeScript("return Math.min(8000, document.documentElement.scrollHeight)");
    capture(browser, width, ((Number) height).intValue(), FOLDER.resolve(name + "-" + width + ".png"));
  }

  private static void capture(ChromeDriver browser, int width, int height, Path file) throws Exception {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }
}

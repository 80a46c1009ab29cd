package news.broadsheet.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, never anything
 * Selenium Manager would download. Browser tests never skip silently: without Chromium they
 * fail under CI and skip with a loud message elsewhere.
 */
public final class Chromium {

  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** A fresh browser with its own profile folder under {@code temp}. */
  public static WebDriver start(Path temp) throws java.io.IOException {
    requireInstalled();
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    Path profile = Files.createTempDirectory(temp, "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1600",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
    return driver;
  }

  private static void requireInstalled() {
    boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    String missing = "Chromium browser tests need " + BROWSER + " and " + DRIVER
        + " (apt-get install -y chromium chromium-driver)";
    if (!installed && System.getenv("CI") != null) {
      throw new AssertionError("CI is set but " + missing);
    }
    if (!installed) {
      System.err.println("SKIPPED: " + missing);
    }
    assumeTrue(installed, missing);
  }
}

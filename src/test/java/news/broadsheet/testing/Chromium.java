package news.broadsheet.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Selenium, from the Debian packages (chromium, chromium-driver), so
 * nothing is downloaded. Missing browser: a failure under CI, a loud skip elsewhere.
 */
public final class Chromium {

  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** A fresh browser of the usual desktop size; the caller quits it. */
  public static ChromeDriver start(Path temp) throws IOException {
    return start(1280, 1600);
  }

  /** A fresh browser with its own profile; the caller quits it. */
  public static ChromeDriver start(int width, int height) throws IOException {
    return start(width, height, true);
  }

  /** A fresh browser that runs no JavaScript of the pages it opens (the driver's own scripts still run). */
  public static ChromeDriver withoutJavaScript(int width, int height) throws IOException {
    return start(width, height, false);
  }

  private static ChromeDriver start(int width, int height, boolean javaScript) throws IOException {
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      String why = "Chromium or its driver is missing (apt-get install -y chromium chromium-driver)";
      if (System.getenv("CI") != null) {
        throw new AssertionError("CI is set but " + why);
      }
      System.err.println("SKIPPED: browser test: " + why);
      assumeTrue(false, why);
    }
    Path profile = Files.createTempDirectory("broadsheet-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    if (!javaScript) {
      options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }
}

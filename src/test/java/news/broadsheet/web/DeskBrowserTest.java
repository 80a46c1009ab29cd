package news.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.media.TestImages;
import news.broadsheet.testing.AxeCore;
import news.broadsheet.testing.Chromium;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.web.desk.DeskSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsroom's desk in Chromium: the story of the "Done when", with a writer, two editors
 * and a reader in browsers of their own, and axe and screenshots of every desk page, wide and narrow.
 */
class DeskBrowserTest {

  @TempDir Path temp;

  @Test
  void a_story_goes_from_a_writers_draft_to_readers_is_updated_corrected_and_a_stale_save_is_refused() throws Exception {
    try (DeskSite s = new DeskSite(DatabaseKind.SQLITE, temp.resolve("site"))) {
      s.app.desk().sections().add("Business", true);
      Path lead = Files.write(temp.resolve("lead.jpg"), TestImages.jpeg(1600, 1000));
      Path figure = Files.write(temp.resolve("figure.png"), TestImages.transparentPng(800, 500));
      ChromeDriver writer = Chromium.start(1280, 1600);
      ChromeDriver editor = Chromium.start(1280, 1600);
      ChromeDriver otherEditor = Chromium.start(1280, 1600);
      ChromeDriver reader = Chromium.start(1280, 1600);
      try {
        logIn(s, writer, "Ayesha Khan");
        writer.get(s.site.url("/desk/new"));
        type(writer, "headline", "Port traffic recovers");
        type(writer, "standfirst", "The port trust says traffic is back to last year's level.");
        type(writer, "dateline", "KARACHI");
        type(writer, "tags", "Shipping, Karachi");
        writer.findElement(By.cssSelector("#section option[value=business]")).click();
        type(writer, "body", "Container traffic *recovered*, [the trust](https://example.org/report) said.\n\n"
            + "## What changed\n\nTwo new cranes came into service.");
        WebElement draftBody = writer.findElement(By.id("body"));
        ((JavascriptExecutor) writer).executeScript(
            "const at = arguments[0].value.indexOf('came'); arguments[0].setSelectionRange(at, at + 4);", draftBody);
        writer.findElement(By.xpath("//div[@role='toolbar']/button[.='Bold']")).click();
        assertThat(draftBody.getAttribute("value")).contains("Two new cranes **came** into service.");
        writer.findElement(By.id("leadFile")).sendKeys(lead.toString());
        type(writer, "leadAlt", "The port at dawn");
        writer.findElement(By.id("figureFile")).sendKeys(figure.toString());
        type(writer, "figureAlt", "Two cranes unloading a ship");
        type(writer, "figureCaption", "The new cranes");
        submit(writer, "submit");
        assertThat(writer.getPageSource()).contains("Submitted for review");
        long id = Long.parseLong(writer.getCurrentUrl().replaceAll("^.*/desk/stories/(\\d+).*$", "$1"));

        logIn(s, editor, "Sana Mir");
        editor.get(s.site.url("/desk?status=in_review"));
        editor.findElement(By.linkText("Port traffic recovers")).click();
        await(editor, By.id("headline"));
        submit(editor, "publish");
        assertThat(editor.getPageSource()).contains("Published: readers see it now.");

        String path = "/news/" + id + "/port-traffic-recovers";
        for (String list : List.of("/", "/sections/business", "/tags/shipping", "/authors/ayesha-khan")) {
          reader.get(s.site.url(list));
          assertThat(reader.findElement(By.linkText("Port traffic recovers")).getAttribute("href")).as(list).endsWith(path);
        }
        for (String feed : List.of("/feeds/latest.atom", "/feeds/sections/business.atom", "/feeds/tags/shipping.atom",
            "/feeds/authors/ayesha-khan.atom")) {
          assertThat(s.site.get(feed).body()).as(feed).contains("<title>Port traffic recovers</title>");
        }
        reader.get(s.site.url(path));
        assertThat(reader.findElement(By.cssSelector(".lead-figure img")).getAttribute("alt")).isEqualTo("The port at dawn");
        assertThat(reader.findElement(By.cssSelector(".story-body figure img")).getAttribute("alt"))
            .isEqualTo("Two cranes unloading a ship");
        assertThat(reader.findElement(By.cssSelector(".story-body h2")).getText()).isEqualTo("What changed");
        assertThat(reader.findElement(By.linkText("the trust")).getAttribute("href")).isEqualTo("https://example.org/report");

        s.clock.advance(Duration.ofHours(2));
        editor.get(s.site.url("/desk/stories/" + id));
        WebElement body = editor.findElement(By.id("body"));
        String text = body.getAttribute("value");
        ((JavascriptExecutor) editor).executeScript("arguments[0].value = arguments[1];", body, text.replace("Two new", "Three new"));
        submit(editor, "save");
        assertThat(editor.getPageSource()).contains("Saved as revision");
        type(editor, "correction", "An earlier version of this story misstated the number of cranes.");
        editor.findElement(By.cssSelector("#correction ~ button")).click();
        await(editor, By.cssSelector(".notice"));
        reader.get(s.site.url(path));
        assertThat(reader.findElement(By.cssSelector(".byline .updated")).getText()).isEqualTo("Updated November 28, 2026, 16:00");
        assertThat(reader.findElement(By.cssSelector(".corrections")).getText())
            .contains("An earlier version of this story misstated the number of cranes.");

        editor.get(s.site.url("/desk/stories/" + id + "/revisions?from=3&to=4"));
        assertThat(editor.findElement(By.cssSelector(".diff-text ins")).getText()).isEqualTo("Three");
        assertThat(editor.findElement(By.cssSelector(".diff-text del")).getText()).isEqualTo("Two");

        logIn(s, otherEditor, "Omar Farooq");
        editor.get(s.site.url("/desk/stories/" + id));
        otherEditor.get(s.site.url("/desk/stories/" + id));
        type(editor, "headline", " — and more");
        submit(editor, "save");
        type(otherEditor, "standfirst", " Waits fell too.");
        submit(otherEditor, "save");
        assertThat(otherEditor.findElement(By.tagName("h1")).getText()).isEqualTo("Saved meanwhile by Sana Mir");
        assertThat(otherEditor.findElement(By.id("mine-standfirst")).getAttribute("value")).endsWith("Waits fell too.");
        assertThat(otherEditor.findElement(By.cssSelector(".conflict-fields")).getText()).contains("Port traffic recovers — and more");

        s.clock.set(s.clock.instant());
        editor.get(s.site.url("/desk/new"));
        type(editor, "headline", "Budget to be presented");
        type(editor, "body", "The budget is presented this evening.");
        WebElement at = editor.findElement(By.id("publishAt"));
        ((JavascriptExecutor) editor).executeScript("arguments[0].value = '2026-11-28T17:30';", at);
        submit(editor, "schedule");
        assertThat(editor.getPageSource()).contains("Scheduled: it will be published on Saturday 28 November 2026 at 17:30.");
        reader.get(s.site.url("/"));
        assertThat(reader.getPageSource()).doesNotContain("Budget to be presented");
        s.clock.set(java.time.Instant.parse("2026-11-28T12:30:00Z"));
        new WebDriverWait(reader, Duration.ofSeconds(10)).until(browser -> {
          browser.get(s.site.url("/"));
          return browser.getPageSource().contains("Budget to be presented");
        });
        Files.createDirectories(AccessibilityTest.SCREENSHOTS);
        reader.get(s.site.url(path));
        AccessibilityTest.shoot(reader, "desk-story-desktop");
      } finally {
        writer.quit();
        editor.quit();
        otherEditor.quit();
        reader.quit();
      }
    }
  }

  @Test
  void a_masthead_with_many_sections_wraps_within_a_phones_width() throws Exception {
    try (DeskSite s = new DeskSite(DatabaseKind.SQLITE, temp)) {
      for (String section : List.of("Pakistan", "World", "Business", "Sport", "Opinion", "Culture")) {
        s.app.desk().sections().add(section, true);
      }
      ChromeDriver browser = Chromium.start(1280, 1000);
      try {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.get(s.site.url("/"));
        List<WebElement> links = browser.findElements(By.cssSelector(".site-nav a"));
        assertThat(links).extracting(WebElement::getText).contains("PAKISTAN", "CULTURE", "ARCHIVE", "SOURCES");
        Object overflow = ((JavascriptExecutor) browser).executeScript(
            "return [...document.querySelectorAll('.site-nav a')].filter(a => a.getBoundingClientRect().right > innerWidth)"
                + ".map(a => a.textContent).concat(document.documentElement.scrollWidth > innerWidth ? ['the page'] : [])");
        assertThat((List<?>) overflow).as("what goes past a 390 px screen's right edge").isEmpty();
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void every_desk_page_has_no_serious_axe_fault_wide_or_narrow() throws Exception {
    String axe = AxeCore.source();
    try (DeskSite s = new DeskSite(DatabaseKind.SQLITE, temp)) {
      DeskPageKinds kinds = new DeskPageKinds(s);
      Files.createDirectories(AccessibilityTest.SCREENSHOTS);
      Map<String, List<String>> faults = new LinkedHashMap<>();
      for (int[] size : List.of(new int[] {1280, 1000}, new int[] {390, 844})) {
        ChromeDriver browser = Chromium.start(1280, 1000);
        try {
          browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[0], "height", size[1],
              "deviceScaleFactor", 1, "mobile", size[0] < 800));
          String suffix = size[0] > 800 ? "wide" : "narrow";
          for (var page : kinds.readerPaths.entrySet()) {
            browser.get(s.site.url(page.getValue()));
            AccessibilityTest.check(browser, axe, page.getKey() + " " + suffix, faults);
            AccessibilityTest.shoot(browser, "desk-reader-" + page.getKey().replace(' ', '-').replace(",", "") + "-" + suffix);
          }
          logIn(s, browser, "Zara Sheikh");
          for (var page : kinds.staffPaths.entrySet()) {
            browser.get(s.site.url(page.getValue()));
            AccessibilityTest.check(browser, axe, page.getKey() + " " + suffix, faults);
            AccessibilityTest.shoot(browser, "desk-staff-" + page.getKey().replace(' ', '-') + "-" + suffix);
          }
          browser.get(s.site.url("/desk/new"));
          submit(browser, "save");
          AccessibilityTest.check(browser, axe, "editor with errors " + suffix, faults);
          AccessibilityTest.shoot(browser, "desk-staff-editor-with-errors-" + suffix);
        } finally {
          browser.quit();
        }
      }
      assertThat(faults).isEmpty();
    }
  }

  private static void logIn(DeskSite s, WebDriver browser, String name) {
    browser.get(s.site.url("/login?next=/desk"));
    browser.findElement(By.id("login-name")).sendKeys(name);
    browser.findElement(By.id("login-password")).sendKeys(DeskSite.PASSWORD);
    WebElement button = browser.findElement(By.cssSelector(".login-form button[type=submit]"));
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.getCurrentUrl().contains("/desk"));
  }

  private static void type(WebDriver browser, String id, String text) {
    browser.findElement(By.id(id)).sendKeys(text);
  }

  /** Presses the form's button for a step and waits for the answer's page. */
  private static void submit(WebDriver browser, String action) {
    WebElement button = browser.findElement(By.cssSelector("form.desk-editor button[value=" + action + "], form button[value=" + action + "]"));
    ((JavascriptExecutor) browser).executeScript("window.beforeSubmit = true;");
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
        .executeScript("return window.beforeSubmit === undefined && document.readyState === 'complete';")));
  }

  private static WebElement await(WebDriver browser, By element) {
    return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.findElements(element).stream().findFirst().orElse(null));
  }
}

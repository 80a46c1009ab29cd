package news.broadsheet.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import news.broadsheet.App;
import news.broadsheet.web.server.WarmUp;
import news.broadsheet.web.server.WebServer;
import news.broadsheet.web.server.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Runs the web site. On an empty database it first stores a demo story with comments.")
final class ServeCommand implements Callable<Integer> {

  @Mixin StorageOptions storage;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "${env:BROADSHEET_PORT:-8080}",
      description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}; env BROADSHEET_PORT).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "${env:BROADSHEET_HOST:-127.0.0.1}",
      description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}; env BROADSHEET_HOST).")
  String host;

  @Option(
      names = "--post-rate-limit",
      paramLabel = "PER_MINUTE",
      defaultValue = "${env:BROADSHEET_POST_RATE_LIMIT:-10}",
      description = "Comments one client may post a minute, counted across every server sharing a PostgreSQL database; 0 turns the limit off, e.g. for load tests (default: ${DEFAULT-VALUE}; env BROADSHEET_POST_RATE_LIMIT).")
  int postRateLimit;

  @Option(
      names = "--comments-close-after-days",
      paramLabel = "DAYS",
      defaultValue = "${env:BROADSHEET_COMMENTS_CLOSE_AFTER_DAYS:-0}",
      description = "Close comments this many days after a story's publication; 0 keeps them open (default: ${DEFAULT-VALUE}; env BROADSHEET_COMMENTS_CLOSE_AFTER_DAYS).")
  int commentsCloseAfterDays;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      defaultValue = "${env:BROADSHEET_PUBLIC_URL:-}",
      description = "The site's address as readers reach it, for canonical links and share tags, e.g. https://news.example.org (default: http://HOST:PORT; env BROADSHEET_PUBLIC_URL).")
  String publicUrl;

  @Option(
      names = "--page-cache-seconds",
      paramLabel = "SECONDS",
      defaultValue = "${env:BROADSHEET_PAGE_CACHE_SECONDS:-60}",
      description = "The longest a rendered story page is kept in memory, a safety net only: every change clears its story's pages at once, on every server sharing a PostgreSQL database too; 0 renders every request (default: ${DEFAULT-VALUE}; env BROADSHEET_PAGE_CACHE_SECONDS).")
  int pageCacheSeconds;

  @Option(
      names = "--trusted-proxy",
      paramLabel = "ADDRESS",
      arity = "1..*",
      split = ",",
      defaultValue = "${env:BROADSHEET_TRUSTED_PROXY}",
      description = "Address or range (10.0.0.0/8) of a reverse proxy whose X-Forwarded-For header names the client, for the posting rate limit, screening and login throttling; requests from other addresses are known by their own (env BROADSHEET_TRUSTED_PROXY, comma-separated).")
  List<String> trustedProxies;

  @Option(
      names = "--no-demo",
      defaultValue = "${env:BROADSHEET_NO_DEMO:-false}",
      description = "Do not store the demo story on an empty database (env BROADSHEET_NO_DEMO).")
  boolean noDemo;

  @Option(
      names = "--warm-up",
      paramLabel = "SECONDS",
      defaultValue = "${env:BROADSHEET_WARM_UP_SECONDS:-0}",
      description = "Before taking traffic, run the site's hot paths this long against a throwaway copy of the demo story, so that a restarted node serves at full speed from its first request; 0 skips it (default: ${DEFAULT-VALUE}; env BROADSHEET_WARM_UP_SECONDS).")
  int warmUpSeconds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    WebSettings settings = new WebSettings(host, port, postRateLimit, publicUrl, pageCacheSeconds, trustedProxies);
    if (warmUpSeconds < 0) {
      throw new IllegalArgumentException("--warm-up cannot be negative: " + warmUpSeconds);
    }
    App app = new App(storage.toConfig().withCommentsCloseAfterDays(commentsCloseAfterDays), Clock.systemUTC());
    if (!noDemo && app.demo().offerIfEmpty()) {
      spec.commandLine().getOut().println("The database was empty: stored a demo story with comments.");
    }
    if (warmUpSeconds > 0) {
      long started = System.nanoTime();
      long answered = WarmUp.run(Duration.ofSeconds(warmUpSeconds));
      spec.commandLine().getOut().printf(
          "Warmed up: %,d requests in %.1f s%n", answered, (System.nanoTime() - started) / 1e9);
    }
    WebServer server = WebServer.start(app, settings);
    spec.commandLine().getOut().printf(
        "Broadsheet is serving http://%s:%d/ from %s%n", host, server.port(), app.database().location().describe());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      app.close();
      stopped.countDown();
    }, "shutdown"));
    stopped.await();
    return 0;
  }
}

package news.broadsheet.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import news.broadsheet.App;
import news.broadsheet.account.SessionCleanup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's housekeeping on one background thread: the session clean-up a minute after start
 * and every hour after. A failing pass (the database away) is logged and the next one tries again.
 */
final class PeriodicJobs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicJobs.class);

  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(job -> {
        Thread worker = new Thread(job, "periodic-jobs");
        worker.setDaemon(true);
        return worker;
      });

  PeriodicJobs(App app) {
    thread.scheduleWithFixedDelay(() -> cleanSessions(app.sessionCleanup()), 1, 60, TimeUnit.MINUTES);
  }

  private static void cleanSessions(SessionCleanup cleanup) {
    try {
      SessionCleanup.Cleaned cleaned = cleanup.runOnce();
      LOG.info("deleted {} ended sessions and forgot {} login clients", cleaned.sessions(), cleaned.clients());
    } catch (RuntimeException failed) {
      LOG.warn("the session clean-up failed; it runs again in an hour", failed);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}

package news.broadsheet.insight;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import news.broadsheet.App;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;

/**
 * Times the dashboard on a stored corpus (bench/dashboard.sh): the dashboard of the last day with
 * comments over each period, and for one source, many rounds, as a markdown table of p50, p99 and
 * the largest time; then, as the reference measured in the same run, counting comments per day by
 * reading every comment (what the aggregates spare the dashboard), and one story's reaction page.
 *
 * <p>Usage: {@code DashboardBench --data DIR | --database JDBC_URL [--rounds 100]}
 */
public final class DashboardBench {

  private record Case(String label, Supplier<Object> run) {}

  private DashboardBench() {}

  public static void main(String[] args) {
    String url = option(args, "--database", null);
    Path data = Path.of(option(args, "--data", "data"));
    int rounds = Integer.parseInt(option(args, "--rounds", "100"));
    DatabaseLocation location = url == null ? DatabaseLocation.embedded(data) : new DatabaseLocation(data, url, null, null);
    try (App app = new App(new AppConfig(location, ZoneId.of("Asia/Karachi"), Map.of()), Clock.systemUTC())) {
      DashboardService dashboard = app.dashboard();
      Dashboard probe = dashboard.dashboard(new DashboardQuery(dashboard.today(null), 30, null));
      LocalDate last = probe.lastDay();
      System.out.printf("%,d stories, %,d comments (from the aggregates); last day with comments %s%n",
          probe.archive().articles(), probe.archive().comments(), last);
      String source = probe.sources().get(0);
      long story = app.articles().latestOf(source, 1, 0).get(0).id();
      List<Case> cases = new ArrayList<>();
      for (int days : DashboardQuery.PERIODS) {
        cases.add(new Case("dashboard, " + days + " days", () -> dashboard.dashboard(new DashboardQuery(last, days, null))));
      }
      cases.add(new Case("dashboard, 30 days, source " + source,
          () -> dashboard.dashboard(new DashboardQuery(last, 30, source))));
      cases.add(new Case("reference: comments per day read from every comment", () -> app.database().read(h ->
          h.createQuery("SELECT substr(posted_local, 1, 10), status, COUNT(*) FROM comments GROUP BY 1, 2")
              .mapToMap().list())));
      cases.add(new Case("a story's reaction page (" + story + ")", () -> app.reactions().reaction(story)));
      run(cases, Math.max(rounds / 10, 3));
      long[][] nanos = run(cases, rounds);
      System.out.println();
      System.out.println("| what | p50 ms | p99 ms | max ms |");
      System.out.println("|---|---:|---:|---:|");
      for (int i = 0; i < cases.size(); i++) {
        long[] times = nanos[i];
        Arrays.sort(times);
        System.out.printf("| %s | %.1f | %.1f | %.1f |%n", cases.get(i).label(), ms(times[times.length / 2]),
            ms(times[(int) Math.ceil(times.length * 0.99) - 1]), ms(times[times.length - 1]));
      }
    }
  }

  private static long[][] run(List<Case> cases, int rounds) {
    long[][] nanos = new long[cases.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < cases.size(); i++) {
        boolean reference = cases.get(i).label().startsWith("reference") || cases.get(i).label().startsWith("a story");
        if (reference && round % 10 != 0) {
          nanos[i][round] = -1;
          continue;
        }
        long started = System.nanoTime();
        cases.get(i).run().get();
        nanos[i][round] = System.nanoTime() - started;
      }
    }
    for (int i = 0; i < cases.size(); i++) {
      nanos[i] = Arrays.stream(nanos[i]).filter(t -> t >= 0).toArray();
    }
    return nanos;
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}

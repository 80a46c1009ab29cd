package news.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.App;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;

/**
 * Times searches on a stored corpus (bench/search.sh): each query's first page, many rounds, and
 * prints a markdown table of p50, p99 and the largest time, with how many documents hold each
 * single word (the share that makes a word common).
 *
 * <p>Usage: {@code SearchBench --data DIR | --database JDBC_URL [--rounds 200] [--queries comments|worst]}: the
 * queries for readers' comments, or for the worst-case vocabulary (every word in ~40 % of comments).
 */
public final class SearchBench {

  /** A search of null: the reference measured among the searches, a trivial query (one round trip). */
  private record Query(String label, SearchRequest request) {}

  private static final String REFERENCE = "reference: SELECT 1 (one round trip)";

  private SearchBench() {}

  public static void main(String[] args) {
    String url = option(args, "--database", null);
    Path data = Path.of(option(args, "--data", "data"));
    int rounds = Integer.parseInt(option(args, "--rounds", "200"));
    DatabaseLocation location = url == null ? DatabaseLocation.embedded(data) : new DatabaseLocation(data, url, null, null);
    try (App app = new App(new AppConfig(location, ZoneId.of("Asia/Karachi"), Map.of()), Clock.systemUTC())) {
      long queued = app.searchIndexer().queued();
      if (queued > 0) {
        long started = System.nanoTime();
        app.searchIndexer().indexAll(done -> {});
        System.out.printf("indexed %,d queued items in %.1f s%n", queued, (System.nanoTime() - started) / 1e9);
      }
      List<Query> queries = new ArrayList<>(List.of(new Query(REFERENCE, null)));
      queries.addAll(option(args, "--queries", "comments").equals("worst") ? worstCaseQueries() : queries());
      for (Query query : queries.subList(1, queries.size())) {
        System.out.printf("%-40s %s%n", query.label(), share(app, query.request().query()));
      }
      run(app, queries, 20);
      long[][] nanos = run(app, queries, rounds);
      System.out.println();
      System.out.println("| query | p50 ms | p99 ms | max ms |");
      System.out.println("|---|---:|---:|---:|");
      for (int i = 0; i < queries.size(); i++) {
        long[] times = nanos[i];
        Arrays.sort(times);
        System.out.printf("| %s | %.2f | %.2f | %.2f |%n", queries.get(i).label(), ms(times[times.length / 2]),
            ms(times[(int) Math.ceil(times.length * 0.99) - 1]), ms(times[times.length - 1]));
      }
      if (app.database().isSqlite()) {
        reference(app, rounds);
      }
      cpu(app, queries, Math.max(10, Math.min(rounds, 50)));
      long[] all = Arrays.stream(nanos).skip(1).flatMapToLong(Arrays::stream).sorted().toArray();
      System.out.printf("| **all queries** | %.2f | %.2f | %.2f |%n", ms(all[all.length / 2]),
          ms(all[(int) Math.ceil(all.length * 0.99) - 1]), ms(all[all.length - 1]));
    }
  }

  private static List<Query> queries() {
    List<Query> queries = new ArrayList<>();
    for (String words : List.of("the", "good", "nahin", "this", "the people", "pani nahin", "bijli nahin hai",
        "\"nothing has changed\"", "accountability top", "maante", "nhi", "بجلی", "عوام ریلیف", "desalination", "zzzunknown")) {
      queries.add(new Query(words, SearchRequest.of(words)));
    }
    queries.add(new Query("the (stories only)", SearchRequest.of("the").withKinds(Set.of(DocumentKind.STORY))));
    queries.add(new Query("good (source DAWN.COM)", new SearchRequest("good", Set.of(), "DAWN.COM", null, null, null, null, null, 20)));
    queries.add(new Query("nahin (one month)", new SearchRequest("nahin", Set.of(), null, null, null,
        java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 1, 31), null, 20)));
    return queries;
  }

  /** Queries of the worst-case corpus: each word is in ~40 % of comments. */
  private static List<Query> worstCaseQueries() {
    List<Query> queries = new ArrayList<>();
    for (String words : List.of("government", "pani", "karachi", "nahi", "government people", "pani bijli budget",
        "\"water price\"", "corruption -police", "mehngai awam sarkar court")) {
      queries.add(new Query(words, SearchRequest.of(words)));
    }
    queries.add(new Query("government (comments only)", SearchRequest.of("government").withKinds(Set.of(DocumentKind.COMMENT))));
    queries.add(new Query("water (source DAWN.COM)", new SearchRequest("water", Set.of(), "DAWN.COM", null, null, null, null, null, 20)));
    queries.add(new Query("bijli (one month)", new SearchRequest("bijli", Set.of(), null, null, null,
        java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 1, 31), null, 20)));
    return queries;
  }

  /**
   * The reference, measured in the same run: FTS5 by itself, ranking every match of the
   * commonest word by its bm25 (what bounding the ranking avoids), and its 20 newest matches.
   */
  private static void reference(App app, int rounds) {
    for (String order : new String[] {"rank", "rowid DESC"}) {
      long[] times = new long[Math.max(rounds / 10, 5)];
      for (int i = 0; i < times.length; i++) {
        long started = System.nanoTime();
        app.database().read(h -> h.createQuery("SELECT rowid FROM search_public WHERE search_public MATCH 'words : \"the\"'"
            + " ORDER BY " + order + " LIMIT 20").mapTo(Long.class).list());
        times[i] = System.nanoTime() - started;
      }
      Arrays.sort(times);
      System.out.printf("| reference: FTS5 alone, \"the\" ORDER BY %s LIMIT 20 | %.2f | %.2f | %.2f |%n", order,
          ms(times[times.length / 2]), ms(times[(int) Math.ceil(times.length * 0.99) - 1]), ms(times[times.length - 1]));
    }
  }

  /**
   * CPU time per search, which the machine's load does not change: each query run {@code runs}
   * times in a row, the time of this thread (the search's work in Java, and SQLite's, which runs in
   * the process) and of the database server's processes (PostgreSQL's, read from /proc).
   */
  private static void cpu(App app, List<Query> queries, int runs) {
    ServerCpu server = app.database().isSqlite() ? null : ServerCpu.of(app);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.println();
    System.out.println("| query | CPU ms a search, app" + (server == null ? "" : " | CPU ms a search, PostgreSQL") + " |");
    System.out.println("|---|---:|" + (server == null ? "" : "---:|"));
    double[] sums = new double[2];
    for (Query query : queries.subList(1, queries.size())) {
      long serverBefore = server == null ? 0 : server.ticks();
      long before = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < runs; i++) {
        app.search().search(query.request());
      }
      double inApp = ms(threads.getCurrentThreadCpuTime() - before) / runs;
      double db = server == null ? 0 : (server.ticks() - serverBefore) * 10.0 / runs;
      sums[0] += inApp;
      sums[1] += db;
      System.out.printf("| %s | %.2f%s |%n", query.label(), inApp, server == null ? "" : String.format(" | %.2f", db));
    }
    int n = queries.size() - 1;
    System.out.printf("| **mean of the queries** | %.2f%s |%n", sums[0] / n, server == null ? "" : String.format(" | %.2f", sums[1] / n));
  }

  /** The CPU time of a PostgreSQL server's processes (its postmaster's children), when it runs on this machine. */
  private record ServerCpu(long postmaster) {
    static ServerCpu of(App app) {
      int backend = app.database().read(h -> h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one());
      try {
        return new ServerCpu(Long.parseLong(stat(Path.of("/proc", Integer.toString(backend), "stat"))[1]));
      } catch (IOException | RuntimeException elsewhere) {
        throw new IllegalStateException("the database server's processes are not readable in /proc (another machine?)", elsewhere);
      }
    }

    /** Clock ticks (10 ms) of user and system time of the server's processes, so far. */
    long ticks() {
      long ticks = 0;
      try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
        for (Path process : processes) {
          try {
            String[] fields = stat(process.resolve("stat"));
            if (Long.parseLong(fields[1]) == postmaster) {
              ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
          } catch (IOException | RuntimeException gone) {
            // a process that ended meanwhile
          }
        }
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
      return ticks;
    }

    /** The fields of a /proc stat line after the command's name: state, parent, ... (utime is [11]). */
    private static String[] stat(Path file) throws IOException {
      String line = Files.readString(file);
      return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }
  }

  private static long[][] run(App app, List<Query> queries, int rounds) {
    long[][] nanos = new long[queries.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < queries.size(); i++) {
        SearchRequest request = queries.get(i).request();
        long started = System.nanoTime();
        int found = request == null
            ? app.database().read(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one())
            : app.search().search(request).hits().size();
        nanos[i][round] = System.nanoTime() - started;
        if (round == 0 && found > 20) {
          throw new IllegalStateException("a page too long");
        }
      }
    }
    return nanos;
  }

  /** The share of visible documents that hold the query's words (one-word queries only). */
  private static String share(App app, String words) {
    if (words.contains(" ") || words.contains("\"")) {
      return "";
    }
    String term = Analyzer.words(words).get(0).term();
    long total = app.database().read(h -> h.createQuery("SELECT COUNT(*) FROM search_documents WHERE visible = "
        + (app.database().isSqlite() ? "1" : "TRUE")).mapTo(Long.class).one());
    long holding = app.database().read(h -> app.database().isSqlite()
        ? h.createQuery("SELECT COUNT(*) FROM search_public WHERE search_public MATCH ?").bind(0, "words : \"" + term + "\"")
            .mapTo(Long.class).one()
        : h.createQuery("SELECT COUNT(*) FROM search_documents WHERE visible AND terms @@ CAST(? AS tsquery)")
            .bind(0, "'" + term + "'").mapTo(Long.class).one());
    return String.format("in %,d of %,d documents (%.1f %%)", holding, total, 100.0 * holding / Math.max(total, 1));
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

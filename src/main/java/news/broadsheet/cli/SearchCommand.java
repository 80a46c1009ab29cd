package news.broadsheet.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import news.broadsheet.App;
import news.broadsheet.search.SearchHit;
import news.broadsheet.search.SearchPage;
import news.broadsheet.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    subcommands = {SearchCommand.CatchUp.class, SearchCommand.Reindex.class},
    description = {
      "Searches stories and published comments as readers do, and prints the first results:",
      "KIND ID TITLE, then the snippet. `search catch-up` indexes what waits to be indexed,",
      "`search reindex` rebuilds the index."
    })
final class SearchCommand implements Callable<Integer> {

  @Mixin StorageOptions storage;

  @Parameters(arity = "0..*", paramLabel = "WORD", description = "What to search for: words, \"a phrase\", -word.")
  List<String> words;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (words == null || words.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "name words to search for, or a command: catch-up, reindex");
    }
    try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
      tellWhatWaits(app, spec.commandLine().getErr());
      SearchPage page = app.search().search(SearchRequest.of(String.join(" ", words)));
      PrintWriter out = spec.commandLine().getOut();
      for (SearchHit hit : page.hits()) {
        out.println(hit.kind().code() + " " + hit.id() + " " + hit.title());
        out.println("    " + hit.snippet().text());
      }
      return page.hits().isEmpty() ? 1 : 0;
    }
  }

  /** Says how many stored items search does not find yet, if any. */
  static void tellWhatWaits(App app, PrintWriter to) {
    long waiting = app.searchIndexer().queued();
    if (waiting > 0) {
      to.printf("%,d stories and comments wait to be indexed for search: a running server indexes them in the"
          + " background, or run `broadsheet search catch-up`%n", waiting);
    }
  }

  @Command(
      name = "catch-up",
      mixinStandardHelpOptions = true,
      description = "Indexes the stories and comments that wait to be indexed (after an import), with a progress bar on a terminal.")
  static final class CatchUp implements Callable<Integer> {

    @Mixin StorageOptions storage;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        long started = System.nanoTime();
        long indexed = withProgress(app.searchIndexer().queued(), progress -> app.searchIndexer().indexAll(progress));
        spec.commandLine().getOut().printf("indexed %,d stories and comments in %.1f s%n", indexed, (System.nanoTime() - started) / 1e9);
        return 0;
      }
    }
  }

  @Command(
      name = "reindex",
      mixinStandardHelpOptions = true,
      description = "Indexes every story and comment again, with a progress bar on a terminal.")
  static final class Reindex implements Callable<Integer> {

    @Mixin StorageOptions storage;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        long started = System.nanoTime();
        ProgressBar[] bar = new ProgressBar[1];
        long indexed = app.searchIndexer().reindex(queued -> bar[0] = bar(queued), done -> step(bar[0], done));
        close(bar[0]);
        spec.commandLine().getOut().printf("indexed %,d stories and comments in %.1f s%n", indexed, (System.nanoTime() - started) / 1e9);
        return 0;
      }
    }
  }

  private interface Indexing {
    long run(LongConsumer progress);
  }

  private static long withProgress(long total, Indexing indexing) {
    ProgressBar bar = bar(total);
    try {
      return indexing.run(done -> step(bar, done));
    } finally {
      close(bar);
    }
  }

  /** A progress bar on a terminal; none otherwise (it would print line after line). */
  private static ProgressBar bar(long total) {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName("Indexing")
        .setInitialMax(total)
        .setUnit(" items", 1)
        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
        .setUpdateIntervalMillis(250)
        .build();
  }

  private static void step(ProgressBar bar, long done) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  private static void close(ProgressBar bar) {
    if (bar != null) {
      bar.close();
    }
  }
}

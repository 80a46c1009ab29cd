package news.broadsheet.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
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
    subcommands = SearchCommand.Reindex.class,
    description = {
      "Searches stories and published comments as readers do, and prints the first results:",
      "KIND ID TITLE, then the snippet. `search reindex` rebuilds the index."
    })
final class SearchCommand implements Callable<Integer> {

  @Mixin StorageOptions storage;

  @Parameters(arity = "0..*", paramLabel = "WORD", description = "What to search for: words, \"a phrase\", -word.")
  List<String> words;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (words == null || words.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "name words to search for, or a command: reindex");
    }
    try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
      app.searchIndexer().indexAll(done -> {});
      SearchPage page = app.search().search(SearchRequest.of(String.join(" ", words)));
      PrintWriter out = spec.commandLine().getOut();
      for (SearchHit hit : page.hits()) {
        out.println(hit.kind().code() + " " + hit.id() + " " + hit.title());
        out.println("    " + hit.snippet().text());
      }
      return page.hits().isEmpty() ? 1 : 0;
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
        long indexed = app.searchIndexer().reindex(
            queued -> bar[0] = System.console() == null ? null : bar(queued),
            done -> {
              if (bar[0] != null) {
                bar[0].stepTo(done);
              }
            });
        if (bar[0] != null) {
          bar[0].close();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf("indexed %,d stories and comments in %.1f s%n", indexed, seconds);
        return 0;
      }
    }

    private static ProgressBar bar(long queued) {
      return new ProgressBarBuilder()
          .setTaskName("Indexing")
          .setInitialMax(queued)
          .setUnit(" items", 1)
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .setUpdateIntervalMillis(250)
          .build();
    }
  }

}

package news.broadsheet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.analytics.CorpusStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Counts stored articles, comments (all statuses) and sources, and the date range.")
final class StatsCommand implements Callable<Integer> {

  @Mixin StorageOptions storage;

  @Option(names = "--json", description = "Print one JSON object for scripts.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
      CorpusStats stats = app.stats().stats();
      var out = spec.commandLine().getOut();
      if (json) {
        ObjectMapper mapper =
            new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        out.println(mapper.writeValueAsString(stats));
      } else {
        out.println("articles " + stats.articles());
        out.println("comments " + stats.comments());
        out.println("sources " + stats.sources());
        out.println("dates " + (stats.firstDate() == null ? "- -" : stats.firstDate() + " " + stats.lastDate()));
      }
      return 0;
    }
  }
}

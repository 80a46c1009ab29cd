package news.broadsheet.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.archive.ExportSummary;
import news.broadsheet.article.ArticleFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes stored stories with their published comments as canonical archive files, one per story.")
final class ExportCommand implements Callable<Integer> {

  @Mixin StorageOptions storage;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (created when missing).")
  Path out;

  @Option(names = "--source", paramLabel = "SOURCE", description = "Only stories of this source, e.g. DAWN.COM.")
  String source;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only stories published on this date or later.")
  LocalDate since;

  @Option(names = "--article", paramLabel = "ID", description = "Only the story with this id.")
  Long articleId;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
      ExportSummary summary = app.exporter().exportTo(out, new ArticleFilter(source, since, articleId));
      spec.commandLine().getOut().println(summary.line() + " to " + out);
      return 0;
    }
  }
}

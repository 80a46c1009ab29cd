package news.broadsheet.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.archive.ExportSummary;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import news.broadsheet.article.ArticleFilter;
import news.broadsheet.article.StoryStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes stored stories with their published comments as canonical archive files, one per story.",
      "Published stories only, unless --status says otherwise."
    })
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

  @Option(names = "--status", paramLabel = "STATUS[,STATUS…]", defaultValue = "published", split = ",",
      description = "Only stories of these statuses: published (the default), unpublished, draft, in_review, scheduled,"
          + " or all.")
  List<String> statuses;

  @Option(names = "--with-media", description = "Also write the stories' images into DIR/media, for import to read back.")
  boolean withMedia;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ArticleFilter filter = new ArticleFilter(source, since, articleId).withStatuses(statuses());
    try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
      ExportSummary summary = app.exporter().exportTo(out, filter);
      String media = withMedia ? ", " + app.desk().mediaArchive().exportTo(out, filter) + " images" : "";
      spec.commandLine().getOut().println(summary.line() + media + " to " + out);
      return 0;
    }
  }

  private Set<StoryStatus> statuses() {
    Set<StoryStatus> chosen = EnumSet.noneOf(StoryStatus.class);
    for (String code : statuses) {
      if (code.strip().equalsIgnoreCase("all")) {
        return EnumSet.allOf(StoryStatus.class);
      }
      chosen.add(StoryStatus.fromCode(code).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "--status takes published, unpublished, draft, in_review, scheduled or all, not '" + code + "'")));
    }
    return chosen;
  }
}

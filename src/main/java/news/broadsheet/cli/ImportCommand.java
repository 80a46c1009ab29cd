package news.broadsheet.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ArchiveInputs;
import news.broadsheet.archive.ImportMode;
import news.broadsheet.archive.ImportStoppedException;
import news.broadsheet.archive.ImportSummary;
import news.broadsheet.desk.MediaArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports archive files: each file is stored whole or not at all.",
      "Importing a story again adds only the comments that are new. Refused files are listed",
      "as path:line: reason; the others still go in, and the exit code is 1. A folder's media",
      "folder (written by export --with-media) is read first: its images are stored under their keys."
    })
final class ImportCommand implements Callable<Integer> {

  static final int SOME_FILES_REFUSED = 1;
  static final int STOPPED = 3;

  @Mixin StorageOptions storage;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Archive files, folders (searched recursively for *.txt), or - for standard input.")
  List<String> paths;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description = {
        "groups: commit a group of files at a time, indexes kept up to date row by row (an import",
        "  stopped half-way keeps what it committed); bulk: one transaction that builds the comments'",
        "  indexes at the end (much faster for a large load, all or nothing; on PostgreSQL the",
        "  comments are locked until it ends); auto (default): bulk when the files hold at least as",
        "  many comments as are stored (by their size), else groups."
      })
  String mode = "auto";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImportMode importMode = parseMode();
    List<ArchiveInput> inputs = ArchiveInputs.expand(paths, System.in);
    try (App app = new App(storage.toConfig(), Clock.systemUTC());
        ImportReport report = ImportReport.forTerminal(inputs.size(), err)) {
      long started = System.nanoTime();
      int mediaRefused = importMedia(app, err);
      ImportSummary summary;
      try {
        summary = app.importer().importAll(inputs, importMode, report);
      } catch (ImportStoppedException stopped) {
        report.close();
        err.println("broadsheet import: " + stopped.getMessage());
        out.println(summaryLine(stopped.summarySoFar(), started));
        return STOPPED;
      }
      report.close();
      out.println(summaryLine(summary, started));
      SearchCommand.tellWhatWaits(app, out);
      return summary.refusals().isEmpty() && mediaRefused == 0 ? 0 : SOME_FILES_REFUSED;
    }
  }

  /** Stores the images of every named folder's media folder; how many were refused. */
  private int importMedia(App app, PrintWriter err) throws java.io.IOException {
    int refused = 0;
    for (String path : paths) {
      java.nio.file.Path folder = java.nio.file.Path.of(path);
      if (!path.equals("-") && java.nio.file.Files.isDirectory(folder)) {
        MediaArchive.Result result = app.desk().mediaArchive().importFrom(folder);
        result.refused().forEach(err::println);
        refused += result.refused().size();
      }
    }
    return refused;
  }

  private ImportMode parseMode() {
    return switch (mode) {
      case "auto" -> ImportMode.AUTO;
      case "bulk" -> ImportMode.BULK;
      case "groups" -> ImportMode.GROUPS;
      default -> throw new ParameterException(
          spec.commandLine(), "--mode must be auto, bulk or groups, not '" + mode + "'");
    };
  }

  private static String summaryLine(ImportSummary summary, long startedNanos) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    return String.format(
        "imported %s in %.1f s (%.0f comments/s)",
        summary.line(), seconds, summary.commentsAdded() / Math.max(seconds, 1e-9));
  }
}

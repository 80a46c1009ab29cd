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
      "as path:line: reason; the others still go in, and the exit code is 1."
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
      return summary.refusals().isEmpty() ? 0 : SOME_FILES_REFUSED;
    }
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

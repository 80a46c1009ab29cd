package news.broadsheet.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.moderation.EvaluationReport;
import news.broadsheet.moderation.EvaluationService;
import news.broadsheet.moderation.LabelledComments;
import news.broadsheet.moderation.WordList;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "moderation",
    mixinStandardHelpOptions = true,
    description = "Moderation: the word lists, and how well the classifier does.",
    subcommands = {ModerationCommand.Words.class, ModerationCommand.Evaluate.class})
final class ModerationCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a moderation command: words or evaluate");
  }

  @Command(
      name = "words",
      mixinStandardHelpOptions = true,
      description = "Edits the word lists: banned words reject a comment, suspect words hold it.",
      subcommands = {Words.Add.class, Words.Remove.class, Words.ListWords.class})
  static final class Words implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      throw new ParameterException(spec.commandLine(), "name a words command: add, remove or list");
    }

    static final class Which {
      @Option(names = "--banned", required = true, description = "the banned list (rejects)") boolean banned;
      @Option(names = "--suspect", required = true, description = "the suspect list (holds)") boolean suspect;

      WordList list() {
        return banned ? WordList.BANNED : WordList.SUSPECT;
      }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
        description = "Puts words or phrases on a list (moving them from the other list).")
    static final class Add implements Callable<Integer> {
      @Mixin StorageOptions storage;
      @ArgGroup(exclusive = true, multiplicity = "1") Which which;
      @Parameters(paramLabel = "WORD", arity = "1..*", description = "words; quote a phrase: \"shut up\"")
      List<String> words;
      @Spec CommandSpec spec;

      @Override
      public Integer call() {
        try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
          List<String> added = app.words().add(which.list(), words, "command line");
          spec.commandLine().getOut().println(
              "added " + added.size() + " to " + which.list().code() + (added.isEmpty() ? "" : ": " + String.join(", ", added)));
          return 0;
        }
      }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Takes words off whichever list has them.")
    static final class Remove implements Callable<Integer> {
      @Mixin StorageOptions storage;
      @Parameters(paramLabel = "WORD", arity = "1..*") List<String> words;
      @Spec CommandSpec spec;

      @Override
      public Integer call() {
        try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
          List<String> removed = app.words().remove(words);
          spec.commandLine().getOut().println(
              "removed " + removed.size() + (removed.isEmpty() ? "" : ": " + String.join(", ", removed)));
          return 0;
        }
      }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints the lists: LIST WORD a line.")
    static final class ListWords implements Callable<Integer> {
      @Mixin StorageOptions storage;
      @ArgGroup(exclusive = true, multiplicity = "0..1") Which which;
      @Spec CommandSpec spec;

      @Override
      public Integer call() {
        try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
          for (Map.Entry<String, WordList> entry : app.words().all().entrySet()) {
            if (which == null || which.list() == entry.getValue()) {
              spec.commandLine().getOut().println(entry.getValue().code() + " " + entry.getKey());
            }
          }
          return 0;
        }
      }
    }
  }

  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description = {
        "Measures the classifier by cross-validation against the word lists alone (reject is the",
        "positive class): on a labelled file, or on the site's own moderator decisions."
      })
  static final class Evaluate implements Callable<Integer> {
    @Mixin StorageOptions storage;

    @Option(names = "--data-set", paramLabel = "FILE",
        description = "one JSON object a line: {\"text\": \"…\", \"label\": \"approve\"|\"reject\"}")
    Path dataSet;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "" + EvaluationService.DEFAULT_FOLDS,
        description = "folds of the cross-validation (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + EvaluationService.DEFAULT_SEED,
        description = "seed of the shuffle into folds (default: ${DEFAULT-VALUE})")
    long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        EvaluationReport report = dataSet == null
            ? app.evaluation().evaluateDecisions(folds, seed)
            : app.evaluation().evaluate(LabelledComments.read(dataSet), folds, seed);
        var out = spec.commandLine().getOut();
        out.println(line("precision", report.precision()));
        out.println(line("recall", report.recall()));
        out.println(line("f1", report.f1()));
        out.println(line("baseline-precision", report.baselinePrecision()));
        out.println(line("baseline-recall", report.baselineRecall()));
        out.println(line("baseline-f1", report.baselineF1()));
        return 0;
      }
    }

    private static String line(String name, double value) {
      return name + " " + String.format(Locale.ROOT, "%.3f", value);
    }
  }
}

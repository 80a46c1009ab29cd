package news.broadsheet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code broadsheet} command and its subcommands. */
@Command(
    name = "broadsheet",
    mixinStandardHelpOptions = true,
    version = "Broadsheet 0.1",
    description = "A self-hosted news site with first-class reader comments.",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      UserCommand.class,
      ModerationCommand.class,
      SettingsCommand.class,
      CommentsCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      CommenterCommand.class,
      SectionsCommand.class,
      SearchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code; used by tests too. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Main());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("broadsheet " + cmd.getCommandName() + ": " + oneLine(e));
          return 2;
        });
    // a search may leave a word out with a minus sign: `broadsheet search workers -strike`
    line.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    return line.execute(args);
  }

  static String oneLine(Throwable e) {
    Throwable shown = e;
    while (shown.getCause() != null
        && (shown.getMessage() == null || shown instanceof java.io.UncheckedIOException)) {
      shown = shown.getCause();
    }
    String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    return message.replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: serve, import, export or stats");
  }
}

package news.broadsheet.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code broadsheet} command and its subcommands. picocli reads a command's options from its
 * annotations when the command is added, a fifth of a second for all of them: a run that names
 * its command adds that one alone, so {@code serve} starts without reading the others.
 */
@Command(
    name = "broadsheet",
    mixinStandardHelpOptions = true,
    version = "Broadsheet 0.1",
    description = "A self-hosted news site with first-class reader comments.")
public final class Main implements Runnable {

  private static final List<Class<?>> COMMANDS =
      List.of(
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
          SearchCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code; used by tests too. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = withCommands(new CommandLine(new Main()), args.length == 0 ? "" : args[0]);
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("broadsheet " + cmd.getCommandName() + ": " + oneLine(e));
          return 2;
        });
    // a search may leave a word out with a minus sign: `broadsheet search workers -strike`
    CommandLine search = line.getSubcommands().get("search");
    if (search != null) {
      search.setUnmatchedOptionsArePositionalParams(true);
    }
    return line.execute(args);
  }

  /** Adds the command named, or every command (and help) when the name is none of theirs. */
  private static CommandLine withCommands(CommandLine line, String named) {
    List<Class<?>> chosen = COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(named)).toList();
    (chosen.isEmpty() ? COMMANDS : chosen).forEach(line::addSubcommand);
    if (chosen.isEmpty()) {
      line.addSubcommand(new CommandLine.HelpCommand());
    }
    return line;
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

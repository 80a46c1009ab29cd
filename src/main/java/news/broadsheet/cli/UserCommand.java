package news.broadsheet.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.account.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manages accounts: the first admin is created here.",
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.SetRole.class,
      UserTokenCommands.Token.class, UserTokenCommands.Tokens.class, UserTokenCommands.RevokeToken.class})
final class UserCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a user command: add, list, set-role, token, tokens or revoke-token");
  }

  static Role role(CommandSpec spec, String code) {
    return Role.fromCode(code)
        .orElseThrow(() -> new ParameterException(spec.commandLine(),
            "--role must be one of " + Role.codes() + ", not '" + code + "'"));
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Creates an account. The password is asked for twice on a terminal,",
        "or read from the first line of standard input."
      })
  static final class Add implements Callable<Integer> {
    @Mixin StorageOptions storage;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "reader",
        description = "reader, writer, moderator, editor or admin (default: ${DEFAULT-VALUE}).")
    String role;

    @Parameters(paramLabel = "NAME", description = "The name to log in with.")
    String name;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Role chosen = role(spec, role);
      String password = readPassword();
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        User user = app.accounts().addUser(name, chosen, password);
        spec.commandLine().getOut().println("added " + user.role().code() + " " + user.name());
        return 0;
      }
    }

    private String readPassword() throws Exception {
      Console console = System.console();
      if (console != null) {
        char[] first = console.readPassword("Password for %s: ", name);
        char[] second = console.readPassword("Repeat it: ");
        if (first == null || !Arrays.equals(first, second)) {
          throw new IllegalArgumentException("the two passwords differ; nothing was changed");
        }
        return new String(first);
      }
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        throw new IllegalArgumentException("no password on standard input");
      }
      return line;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists accounts: ROLE NAME a line.")
  static final class ListUsers implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        for (User user : app.accounts().users()) {
          spec.commandLine().getOut().println(user.role().code() + " " + user.name() + (user.disabled() ? " (disabled)" : ""));
        }
        return 0;
      }
    }
  }

  @Command(name = "set-role", mixinStandardHelpOptions = true, description = "Changes an account's role.")
  static final class SetRole implements Callable<Integer> {
    @Mixin StorageOptions storage;

    @Parameters(index = "0", paramLabel = "NAME") String name;

    @Parameters(index = "1", paramLabel = "ROLE", description = "reader, writer, moderator, editor or admin.") String role;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Role chosen = role(spec, role);
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        app.accounts().setRole(name, chosen);
        spec.commandLine().getOut().println(name + " is now " + chosen.code());
        return 0;
      }
    }
  }
}

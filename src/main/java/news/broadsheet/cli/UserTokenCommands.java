package news.broadsheet.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.account.ApiToken;
import news.broadsheet.account.IssuedToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code user token}, {@code user tokens} and {@code user revoke-token} commands: tokens for the desk API. */
final class UserTokenCommands {

  private UserTokenCommands() {}

  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description = {
        "Makes a token for the desk API (Authorization: Bearer TOKEN), acting with the account's role.",
        "The token is printed once; only its digest is kept."
      })
  static final class Token implements Callable<Integer> {
    @Mixin StorageOptions storage;

    @Parameters(paramLabel = "NAME", description = "The staff account the token acts for.") String name;

    @Option(names = "--label", paramLabel = "TEXT", defaultValue = "API",
        description = "What the token is for, shown in lists (default: ${DEFAULT-VALUE}).")
    String label;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        IssuedToken issued = app.apiTokens().issue(name, label);
        spec.commandLine().getOut().println(issued.secret());
        spec.commandLine().getErr().println("token " + issued.token().id() + " (" + issued.token().label() + ") for "
            + issued.user().name() + ": keep it now, it is not shown again");
        return 0;
      }
    }
  }

  @Command(name = "tokens", mixinStandardHelpOptions = true,
      description = "Lists an account's API tokens: ID LABEL CREATED and, for a revoked one, REVOKED.")
  static final class Tokens implements Callable<Integer> {
    @Mixin StorageOptions storage;

    @Parameters(paramLabel = "NAME") String name;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        for (ApiToken token : app.apiTokens().tokensOf(name)) {
          spec.commandLine().getOut().println(token.id() + " " + token.label() + " " + token.createdAt()
              + (token.active() ? "" : " revoked " + token.revokedAt()));
        }
        return 0;
      }
    }
  }

  @Command(name = "revoke-token", mixinStandardHelpOptions = true, description = "Revokes one of an account's API tokens at once.")
  static final class RevokeToken implements Callable<Integer> {
    @Mixin StorageOptions storage;

    @Parameters(index = "0", paramLabel = "NAME") String name;

    @Parameters(index = "1", paramLabel = "ID", description = "The token's id, as `user tokens` lists it.") long id;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        app.apiTokens().revoke(name, id);
        spec.commandLine().getOut().println("revoked token " + id + " of " + name);
        return 0;
      }
    }
  }
}

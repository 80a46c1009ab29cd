package news.broadsheet.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.privacy.CommenterDataJson;
import news.broadsheet.privacy.DataRightsService;
import news.broadsheet.privacy.DataSubject;
import news.broadsheet.privacy.Erasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "commenter",
    mixinStandardHelpOptions = true,
    description = "A commenter's data rights: everything stored about them as JSON, and its erasure.",
    subcommands = {CommenterCommand.Export.class, CommenterCommand.Erase.class})
final class CommenterCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a commenter command: export or erase");
  }

  /** Who the request is about: an account by name, or a guest by name and connection. */
  static final class Who {
    @Option(names = "--account", paramLabel = "NAME", description = "An account, by its name.")
    String account;

    @Option(names = "--guest", paramLabel = "NAME", description = "A guest, by the name they commented under (with --client).")
    String guest;

    @Option(names = "--client", paramLabel = "KEY", description = "The connection a guest posted from, as the moderation queue shows it.")
    String client;

    DataSubject subject(DataRightsService rights, CommandSpec spec) {
      if ((account == null) == (guest == null)) {
        throw new ParameterException(spec.commandLine(), "name one commenter: --account NAME, or --guest NAME --client KEY");
      }
      if (account != null && client != null) {
        throw new ParameterException(spec.commandLine(), "--client goes with --guest, not --account");
      }
      return account != null ? rights.account(account) : DataSubject.guest(guest, client);
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Prints everything stored about a commenter as one JSON object (or writes it to --out).")
  static final class Export implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Mixin Who who;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON to this new file instead of standard output.")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        String json = CommenterDataJson.text(app.dataRights().export(who.subject(app.dataRights(), spec)));
        if (out == null) {
          spec.commandLine().getOut().println(json);
        } else {
          Files.writeString(out, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
          spec.commandLine().getOut().println("wrote " + out);
        }
        return 0;
      }
    }
  }

  @Command(
      name = "erase",
      mixinStandardHelpOptions = true,
      description = {
        "Erases what is stored about a commenter: their comments leave every page, feed, API answer and",
        "export (or stay as \"[removed at the reader's request]\" where replies hang from them, as the setting",
        "privacy.erasure.comments-with-replies says), an account is deleted with its logins, and the audit",
        "trail records the request by counts alone. A running server shows it within --page-cache-seconds."
      })
  static final class Erase implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Mixin Who who;

    @Option(names = "--by", paramLabel = "NAME", defaultValue = "command line",
        description = "Who asks, for the audit trail (default: ${DEFAULT-VALUE}).")
    String by;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        Erasure done = app.dataRights().erase(who.subject(app.dataRights(), spec), Moderator.named(by));
        spec.commandLine().getOut().println("erased: " + done.summary().replaceFirst("^at the commenter's request: ", "")
            + " on " + done.stories().size() + (done.stories().size() == 1 ? " story" : " stories"));
        return 0;
      }
    }
  }
}

package news.broadsheet.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.settings.SettingValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "settings",
    mixinStandardHelpOptions = true,
    description = "Shows and changes the site's settings (who may comment, sign-up, moderation checks and their limits).",
    subcommands = {SettingsCommand.ListSettings.class, SettingsCommand.Get.class, SettingsCommand.Set.class})
final class SettingsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a settings command: list, get or set");
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints every setting: KEY VALUE a line.")
  static final class ListSettings implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        for (SettingValue setting : app.settings().list()) {
          spec.commandLine().getOut().println(setting.key() + " " + setting.value());
        }
        return 0;
      }
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Prints one setting's value.")
  static final class Get implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Parameters(paramLabel = "KEY") String key;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        spec.commandLine().getOut().println(app.settings().get(key));
        return 0;
      }
    }
  }

  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = {"Changes a setting; a running server picks the change up within seconds."})
  static final class Set implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Parameters(index = "0", paramLabel = "KEY") String key;
    @Parameters(index = "1", paramLabel = "VALUE") String value;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        SettingValue set = app.settings().set(key, value, "command line");
        spec.commandLine().getOut().println(set.key() + " " + set.value());
        return 0;
      }
    }
  }
}

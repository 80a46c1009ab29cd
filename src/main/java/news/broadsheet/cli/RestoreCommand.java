package news.broadsheet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import news.broadsheet.storage.DatabaseBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Puts a backup made by 'broadsheet backup' back as the database of an empty data folder (--data),",
      "brought up to this version's schema. Refuses a folder that is not empty, a file that is not a",
      "whole Broadsheet database, and one from a newer Broadsheet (exit code 2)."
    })
final class RestoreCommand implements Callable<Integer> {

  @Mixin StorageOptions storage;

  @Parameters(paramLabel = "FILE", description = "The backup file.")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    DatabaseBackup.restore(file, storage.toConfig().database());
    spec.commandLine().getOut().printf("restored %s into %s%n", file, storage.describe());
    return 0;
  }
}

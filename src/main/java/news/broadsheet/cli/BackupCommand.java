package news.broadsheet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import news.broadsheet.storage.DatabaseBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Copies the SQLite database into a new file while the server runs: every comment acknowledged",
      "before the backup began is in it. On PostgreSQL it says how to use pg_dump instead (exit code 2)."
    })
final class BackupCommand implements Callable<Integer> {

  @Mixin StorageOptions storage;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup file to write; it must not exist.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    long bytes = DatabaseBackup.backUp(storage.toConfig().database(), out);
    spec.commandLine().getOut().printf("backed up %s into %s (%,d bytes)%n", storage.describe(), out, bytes);
    return 0;
  }
}

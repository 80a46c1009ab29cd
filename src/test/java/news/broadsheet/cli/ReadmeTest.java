package news.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The README's configuration table lists every option of the server. */
class ReadmeTest {

  @Test
  void every_serve_option_and_its_environment_variable_is_in_the_readme() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    List<OptionSpec> options = new CommandLine(new ServeCommand()).getCommandSpec().options();
    assertThat(options).hasSizeGreaterThan(5);
    for (OptionSpec option : options) {
      if (option.usageHelp() || option.versionHelp()) {
        continue;
      }
      assertThat(readme).as(option.longestName()).containsAnyOf("| `serve " + option.longestName(), "| `" + option.longestName());
      String variable = option.defaultValue() == null ? null : option.defaultValue().replaceAll("^\\$\\{env:([A-Z_]+).*", "$1");
      if (variable != null && variable.startsWith("BROADSHEET_")) {
        assertThat(readme).as(option.longestName() + " variable").contains("`" + variable + "`");
      }
    }
  }
}

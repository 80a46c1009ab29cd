package news.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every setting of {@code broadsheet serve} is also an environment variable, and the README lists both. */
class ConfigurationDocsTest {

  private static final Pattern ENV = Pattern.compile("\\$\\{env:(BROADSHEET_[A-Z_]+)");

  @Test
  void every_serve_flag_has_a_broadsheet_environment_variable_listed_in_the_readme() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    CommandLine serve = new CommandLine(new ServeCommand());
    serve.getCommandSpec().interpolateVariables(false); // the declared "${env:…}" defaults, not their values
    int checked = 0;
    for (OptionSpec option : serve.getCommandSpec().options()) {
      if (option.usageHelp() || option.versionHelp()) {
        continue;
      }
      Matcher env = ENV.matcher(String.valueOf(option.defaultValue()));
      assertThat(env.find()).as(option.longestName() + " falls back to a BROADSHEET_ variable").isTrue();
      String variable = env.group(1);
      assertThat(option.description()[0]).as(option.longestName() + " help names its variable").contains(variable);
      assertThat(readme).as("README configuration table lists " + option.longestName())
          .containsPattern("\\| `(serve )?" + Pattern.quote(option.longestName()) + "[^|]*\\| `" + variable + "`");
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(10);
  }
}

package news.broadsheet.testing;

import java.util.ArrayList;
import java.util.List;

/** Another Java process on the test class path, for what one test's JVM cannot show itself. */
public final class ChildJvm {

  private ChildJvm() {}

  /** The command that runs a main class with these JVM options and arguments. */
  public static List<String> command(List<String> jvmOptions, String mainClass, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(ServeProcess.javaBinary());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(ServeProcess.testClassPath());
    command.add(mainClass);
    command.addAll(List.of(arguments));
    return command;
  }
}

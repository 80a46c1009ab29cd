package news.broadsheet.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Another Java process on the test class path, for what one test's JVM cannot show itself. */
public final class ChildJvm {

  private ChildJvm() {}

  public static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public static String testClassPath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return String.join(File.pathSeparator, classPath.split(File.pathSeparator));
  }

  /** The command that runs a main class with these JVM options and arguments. */
  public static List<String> command(List<String> jvmOptions, String mainClass, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(testClassPath());
    command.add(mainClass);
    command.addAll(List.of(arguments));
    return command;
  }
}

package news.broadsheet.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code broadsheet serve} in a process of its own (the test's classes and class path), for
 * tests that stop it as an operator would (SIGTERM) or kill it as a crash would (SIGKILL). Its
 * output goes to a log file, from which the port it serves is read.
 */
public final class ServeProcess implements AutoCloseable {

  private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

  private final Process process;
  private final Path log;
  private final int port;

  private ServeProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts {@code serve --port 0} with the given options, and waits until it serves (at most a minute). */
  public static ServeProcess start(Path log, String... options) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", testClassPath(), "news.broadsheet.cli.Main", "serve", "--port", "0"));
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      return new ServeProcess(process, log, portOf(log, process));
    } catch (Exception | AssertionError failed) {
      process.destroyForcibly();
      throw failed;
    }
  }

  public int port() {
    return port;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public Process process() {
    return process;
  }

  /** What the server has written so far. */
  public String log() throws IOException {
    return Files.readString(log);
  }

  /** SIGTERM: the graceful stop. */
  public void terminate() {
    process.destroy();
  }

  /** SIGKILL: the process ends at once, as in a crash, with no chance to finish anything. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  /** The java command of the running JVM. */
  public static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The class path the tests run with: the project's classes, its test classes and every dependency. */
  public static String testClassPath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return String.join(File.pathSeparator, classPath.split(File.pathSeparator));
  }

  private static int portOf(Path log, Process server) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && server.isAlive()) {
      Matcher serving = SERVING.matcher(Files.exists(log) ? Files.readString(log) : "");
      if (serving.find()) {
        return Integer.parseInt(serving.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the server did not start: " + Files.readString(log));
  }
}

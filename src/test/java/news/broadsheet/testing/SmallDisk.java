package news.broadsheet.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small tmpfs mounted for a test, to fill up. Mounting needs root: elsewhere the test is skipped
 * loudly, and under CI (which runs as root) it fails instead.
 */
public final class SmallDisk {

  private SmallDisk() {}

  /** Mounts a tmpfs of the size ("600k", "16m") at the folder, made first. */
  public static void mount(Path folder, String size) throws Exception {
    Files.createDirectories(folder);
    int exitCode = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString());
    if (exitCode != 0 && System.getenv("CI") != null) {
      throw new AssertionError("CI runs as root and must be able to mount a small tmpfs at " + folder);
    }
    if (exitCode != 0) {
      System.err.println("SKIPPED: the full-disk test needs root to mount a small tmpfs");
    }
    assumeTrue(exitCode == 0, "the full-disk test needs root to mount a small tmpfs");
  }

  /** Gives the mounted tmpfs a new size; the exit code of mount. */
  public static int resize(Path folder, String size) throws Exception {
    return run("mount", "-o", "remount,size=" + size, folder.toString());
  }

  public static void unmount(Path folder) throws Exception {
    run("umount", "-l", folder.toString());
  }

  /** Writes the file until the disk is full. */
  public static void fill(Path file) {
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // the disk is full
    }
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().transferTo(OutputStream.nullOutputStream());
    return process.waitFor();
  }
}

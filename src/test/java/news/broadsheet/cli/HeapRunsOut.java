package news.broadsheet.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A process whose heap runs out in one thread while another goes on, as a server's would: run by
 * {@link LauncherOptionsTest} with the launcher's JVM options. Unless the JVM exits on an
 * OutOfMemoryError, it limps on without the dead thread and never ends by itself.
 */
public final class HeapRunsOut {

  public static void main(String[] args) throws InterruptedException {
    Thread serving = new Thread(() -> {
      while (true) {
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "serving");
    serving.start();
    Thread greedy = new Thread(() -> {
      List<long[]> held = new ArrayList<>();
      while (true) {
        held.add(new long[1 << 20]);
      }
    }, "greedy");
    greedy.start();
    greedy.join();
    System.out.println("the greedy thread died and the process goes on");
  }
}

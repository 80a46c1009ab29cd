package news.broadsheet.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks one password from many threads at once in a JVM of its own (run by {@link PasswordHashingLimitTest}
 * with a small heap) and prints {@code checked N busy N failed N}: every check either runs or is
 * told the server is busy; none fails.
 */
public final class ParallelPasswordChecks {

  public static void main(String[] args) throws InterruptedException {
    int parallel = Integer.parseInt(args[0]);
    PasswordHasher hasher = new PasswordHasher();
    String hash = hasher.hash("the right password");
    AtomicInteger checked = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    Map<String, Integer> failed = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(parallel);
    for (int i = 0; i < parallel; i++) {
      threads.submit(() -> {
        try {
          start.await();
          hasher.matches("a wrong password", hash);
          checked.incrementAndGet();
        } catch (AccountException refused) {
          (refused.busy() ? busy : checked).incrementAndGet();
        } catch (Throwable failure) {
          failed.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
        }
        return null;
      });
    }
    start.countDown();
    threads.shutdown();
    threads.awaitTermination(5, TimeUnit.MINUTES);
    int failures = failed.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("checked " + checked + " busy " + busy + " failed " + failures + " " + failed);
  }
}

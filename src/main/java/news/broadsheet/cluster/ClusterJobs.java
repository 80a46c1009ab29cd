package news.broadsheet.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import news.broadsheet.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server's periodic jobs, each run on exactly one node at a time among those sharing the
 * database, and once a period across all of them: every second this node looks for jobs that
 * are due, claims each one's {@link Lease} and runs it, renewing the lease while the run lasts.
 * When a node dies its leases expire ({@link #LEASE_LENGTH}) and another node takes its jobs.
 * Jobs run one after another on one thread, so each should be short.
 */
public final class ClusterJobs implements AutoCloseable {

  static final Duration LEASE_LENGTH = Duration.ofSeconds(15);
  static final Duration TICK = Duration.ofSeconds(1);
  private static final Logger LOG = LoggerFactory.getLogger(ClusterJobs.class);

  private final Database database;
  private final Clock clock;
  private final Duration leaseLength;
  private final List<Job> jobs = new CopyOnWriteArrayList<>();
  private ScheduledExecutorService threads;

  public ClusterJobs(Database database, Clock clock) {
    this(database, clock, LEASE_LENGTH);
  }

  ClusterJobs(Database database, Clock clock, Duration leaseLength) {
    this.database = database;
    this.clock = clock;
    this.leaseLength = leaseLength;
  }

  /**
   * Adds a job, run every {@code every} from when its last run started, on whichever node
   * claims it.
   *
   * @param name the job's lease, the same on every node (letters, digits and -)
   */
  public void add(String name, Duration every, Runnable work) {
    if (name == null || !name.matches("[a-z0-9-]{1,60}")) {
      throw new IllegalArgumentException("a job's name has 1 to 60 of a-z, 0-9 and -, not " + name);
    }
    jobs.add(new Job(new Lease(database, new LeaseStore(), name, database.changes().node(), leaseLength, clock), every, work));
  }

  /** Starts looking for due jobs every second, and renewing the leases of those running. */
  public synchronized void start() {
    if (threads != null) {
      return;
    }
    threads = Executors.newScheduledThreadPool(2, task -> {
      Thread thread = new Thread(task, "cluster-jobs");
      thread.setDaemon(true);
      return thread;
    });
    threads.scheduleWithFixedDelay(this::runDue, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    long renewEvery = leaseLength.toMillis() / 3;
    threads.scheduleWithFixedDelay(this::renewRunning, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
  }

  /** Runs, one after another, the jobs due now whose leases this node claims; how many ran. */
  public int runDue() {
    int ran = 0;
    for (Job job : jobs) {
      if (!clock.instant().isBefore(job.nextClaim)) {
        ran += runIfClaimed(job) ? 1 : 0;
      }
    }
    return ran;
  }

  private boolean runIfClaimed(Job job) {
    try {
      if (!job.lease.claim(job.every)) {
        job.nextClaim = job.lease.nextClaim(job.every);
        return false;
      }
    } catch (RuntimeException databaseAway) {
      LOG.warn("job {}: cannot claim it now: {}", job.lease.name(), databaseAway.getMessage());
      job.nextClaim = clock.instant().plus(TICK);
      return false;
    }
    Instant started = clock.instant();
    job.running = true;
    try {
      job.work.run();
    } catch (RuntimeException failed) {
      LOG.warn("job {} failed; it runs again in {}", job.lease.name(), job.every, failed);
    } finally {
      job.running = false;
      job.nextClaim = started.plus(job.every);
      finish(job, started);
    }
    return true;
  }

  private void finish(Job job, Instant started) {
    try {
      if (!job.lease.finish(started)) {
        LOG.warn("job {} ran past its lease, and another node may have run it meanwhile", job.lease.name());
      }
    } catch (RuntimeException databaseAway) {
      LOG.warn("job {}: cannot record its run ({}); its lease expires in {}", job.lease.name(), databaseAway.getMessage(), leaseLength);
    }
  }

  private void renewRunning() {
    for (Job job : jobs) {
      if (job.running) {
        try {
          if (!job.lease.renew()) {
            LOG.warn("job {} lost its lease while running", job.lease.name());
          }
        } catch (RuntimeException databaseAway) {
          LOG.warn("job {}: cannot renew its lease: {}", job.lease.name(), databaseAway.getMessage());
        }
      }
    }
  }

  /** Stops looking for jobs; a run in progress is interrupted, and its lease expires. */
  @Override
  public synchronized void close() {
    if (threads != null) {
      threads.shutdownNow();
      try {
        threads.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      threads = null;
    }
  }

  private static final class Job {
    private final Lease lease;
    private final Duration every;
    private final Runnable work;
    private volatile Instant nextClaim = Instant.EPOCH;
    private volatile boolean running;

    Job(Lease lease, Duration every, Runnable work) {
      this.lease = lease;
      this.every = every;
      this.work = work;
    }
  }
}

package news.broadsheet.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import news.broadsheet.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The access log's writer: every line once, in each thread's order, soon, and all of it at a stop. */
class BatchingStderrAppenderTest {

  private final ByteArrayOutputStream written = new ByteArrayOutputStream();
  private final PrintStream stderr = System.err;
  private final LoggerContext context = new LoggerContext();
  private BatchingStderrAppender appender;
  private Logger logger;
  private PatternLayoutEncoder encoder;

  @BeforeEach
  void start() {
    System.setErr(new PrintStream(written, true, StandardCharsets.UTF_8));
    encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%msg%n");
    encoder.start();
    appender = new BatchingStderrAppender();
    appender.setContext(context);
    appender.setName("test");
    appender.setEncoder(encoder);
    appender.setFlushMillis(50);
    appender.start();
    logger = context.getLogger("test.access");
    logger.addAppender(appender);
  }

  @AfterEach
  void restore() {
    appender.stop();
    System.setErr(stderr);
  }

  @Test
  void a_line_is_written_soon_without_waiting_for_more() throws Exception {
    logger.info("GET /healthz 200 0.1 ms");
    Eventually.within(Duration.ofSeconds(2), () -> lines().contains("GET /healthz 200 0.1 ms"));
  }

  @Test
  void lines_from_many_threads_are_all_written_once_each_in_its_threads_order_by_the_time_it_stops()
      throws Exception {
    int threads = 8;
    int each = 20_000; // 8 × 20,000 lines of about 30 bytes: the buffer fills and flushes many times
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread writer = new Thread(() -> IntStream.range(0, each).forEach(i -> logger.info("thread {} line {}", thread, i)));
      writer.start();
      running.add(writer);
    }
    for (Thread thread : running) {
      thread.join();
    }
    appender.stop();
    List<String> lines = lines();
    assertThat(lines).hasSize(threads * each);
    for (int t = 0; t < threads; t++) {
      String prefix = "thread " + t + " line ";
      List<Integer> order = lines.stream().filter(l -> l.startsWith(prefix)).map(l -> Integer.parseInt(l.substring(prefix.length()))).toList();
      assertThat(order).as("thread " + t).isEqualTo(IntStream.range(0, each).boxed().toList());
    }
  }

  @Test
  void when_the_writer_thread_dies_no_logging_thread_waits_for_it() throws Exception {
    appender.stop();
    AtomicBoolean first = new AtomicBoolean(true);
    System.setErr(new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        if (first.getAndSet(false)) {
          throw new OutOfMemoryError("the writer thread dies");
        }
        written.write(bytes, offset, length);
      }
    }, true, StandardCharsets.UTF_8));
    appender = new BatchingStderrAppender();
    appender.setContext(context);
    appender.setName("dying");
    appender.setEncoder(encoder);
    appender.setFlushMillis(50);
    appender.start();
    Logger dying = context.getLogger("test.dying");
    dying.addAppender(appender);
    dying.info("the line whose writing kills the writer");
    Eventually.within(Duration.ofSeconds(5), () -> !first.get());
    // Three times what the appender lets wait for the writer: with a dead writer, a thread that
    // waited for room would wait forever.
    Thread logging = new Thread(() -> IntStream.range(0, 100_000).forEach(i -> dying.info("line {} after the writer died", i)));
    logging.start();
    logging.join(Duration.ofSeconds(20).toMillis());
    assertThat(logging.isAlive()).as("the logging thread is stuck").isFalse();
    assertThat(lines().stream().filter(line -> line.endsWith("after the writer died")))
        .hasSize(100_000)
        .endsWith("line 99999 after the writer died");
  }

  @Test
  void every_configured_appender_hands_lines_to_a_writer_that_no_thread_waits_for_forever() {
    LoggerContext configured = (LoggerContext) LoggerFactory.getILoggerFactory();
    List<String> appenders = new ArrayList<>();
    for (Logger each : configured.getLoggerList()) {
      each.iteratorForAppenders().forEachRemaining(a -> appenders.add(each.getName() + ": " + a.getClass().getSimpleName()));
    }
    assertThat(appenders).containsExactlyInAnyOrder("ROOT: BatchingStderrAppender", "news.broadsheet.access: BatchingStderrAppender");
  }

  private List<String> lines() {
    String text = written.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}

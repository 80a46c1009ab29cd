package news.broadsheet.moderation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.StoryFiles;

/**
 * How long screening takes per comment, with every check on and the classifier active: a fresh
 * SQLite database, the labelled data set decided by a moderator (so the classifier has learnt
 * from them), then {@code --drafts N} drafts screened one after another. Prints mean, median,
 * p99 and max in microseconds, both of elapsed (wall) time and of the thread's CPU time (which a
 * busy shared machine does not inflate), then the mean of each check alone. Not a test: run it
 * with bench/screening.sh.
 */
public final class ScreeningBenchmark {

  private ScreeningBenchmark() {}

  public static void main(String[] args) throws Exception {
    int drafts = args.length > 1 && args[0].equals("--drafts") ? Integer.parseInt(args[1]) : 100_000;
    Path folder = Files.createTempDirectory("broadsheet-screening-bench");
    AppConfig config = new AppConfig(DatabaseLocation.embedded(folder.resolve("data")), ZoneId.of("UTC"), Map.of());
    List<LabelledText> texts = LabelledComments.read(Path.of("src/test/resources/moderation/labelled-comments.jsonl"));
    try (App app = new App(config, Clock.systemUTC())) {
      Path story = StoryFiles.write(folder, "story.txt", StoryFiles.story("Benchmark story"));
      app.importer().importAll(List.of(ArchiveInput.file(story)), ImportProgress.SILENT);
      long storyId = app.articles().latest(1, 0).get(0).id();
      app.settings().set(ModerationSettings.CLASSIFIER_MIN_DECISIONS.key(), "50", "bench");
      Moderator moderator = Moderator.named("bench");
      for (int i = 0; i < texts.size(); i++) {
        long id = app.posting().post(new CommentDraft(storyId, null, "Reader " + i, texts.get(i).text(), "c" + i)).id();
        app.moderation().decide(
            texts.get(i).label() == Label.APPROVE ? ModeratorDecision.APPROVE : ModeratorDecision.REJECT, id, moderator, "bench");
      }
      System.out.printf(Locale.ROOT, "classifier active: %s after %d decisions; %d checks%n",
          app.classifier().isActive(), app.classifier().decisions(), app.screening().checks().size());
      if (System.getenv("BENCH_NO_DB_CHECKS") != null) {
        app.settings().set("moderation.duplicates.enabled", "false", "bench");
        app.settings().set("moderation.flood.enabled", "false", "bench");
      }
      Random random = new Random(1);
      long[] nanos = new long[drafts];
      long[] cpuNanos = new long[drafts];
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      for (int i = -20_000; i < drafts; i++) {
        String text = texts.get(random.nextInt(texts.size())).text();
        CommentDraft draft = new CommentDraft(storyId, null, "Guest " + random.nextInt(5000), text, "k" + random.nextInt(5000));
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        app.screening().screen(draft);
        long took = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        if (i >= 0) {
          nanos[i] = took;
          cpuNanos[i] = cpu;
        }
      }
      report("wall", nanos);
      report("cpu", cpuNanos);
      System.out.printf(Locale.ROOT, "load average %.1f on %d cores%n",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      reportChecks(app, storyId, texts, random);
    }
  }

  /** Mean time of each check alone, to see where the time goes. */
  private static void reportChecks(App app, long storyId, List<LabelledText> texts, Random random) {
    for (CommentCheck check : app.screening().checks()) {
      long total = 0;
      int runs = 10_000;
      for (int i = 0; i < runs; i++) {
        String text = texts.get(random.nextInt(texts.size())).text();
        Submission submission = new Submission(
            new CommentDraft(storyId, null, "Guest " + random.nextInt(5000), text, "k" + random.nextInt(5000)),
            java.time.Instant.now());
        long start = System.nanoTime();
        check.check(submission);
        total += System.nanoTime() - start;
      }
      System.out.printf(Locale.ROOT, "  %-14s mean %.1f µs%n", check.name(), total / 1000.0 / runs);
    }
  }

  private static void report(String clock, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0) / 1000;
    System.out.printf(Locale.ROOT, "%s: screened %d drafts: mean %.1f µs, p50 %.1f µs, p99 %.1f µs, max %.1f µs%n",
        clock, sorted.length, mean, sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0,
        sorted[sorted.length - 1] / 1000.0);
  }
}

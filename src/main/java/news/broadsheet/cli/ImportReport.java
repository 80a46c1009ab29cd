package news.broadsheet.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportOutcome;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.archive.Refusal;

/**
 * Tells the person at the terminal how an import goes: each refused file as it is met, and on a
 * terminal a progress bar of files with comments, rate and time left. Off a terminal the bar
 * stays silent (logs get the one summary line instead).
 */
final class ImportReport implements ImportProgress, AutoCloseable {

  private final PrintWriter err;
  private ProgressBar bar;
  private long comments;
  private final long startedNanos = System.nanoTime();

  private ImportReport(PrintWriter err, ProgressBar bar) {
    this.err = err;
    this.bar = bar;
  }

  static ImportReport forTerminal(int files, PrintWriter err) {
    if (System.console() == null) {
      return new ImportReport(err, null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Importing")
            .setInitialMax(files)
            .setUnit(" files", 1)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setUpdateIntervalMillis(250)
            .build();
    return new ImportReport(err, bar);
  }

  @Override
  public void stored(ArchiveInput input, ImportOutcome outcome, int commentsAdded) {
    comments += commentsAdded;
    if (bar != null) {
      double seconds = Math.max((System.nanoTime() - startedNanos) / 1e9, 1e-3);
      bar.step();
      bar.setExtraMessage(String.format("%,d comments, %,.0f/s", comments, comments / seconds));
    }
  }

  @Override
  public synchronized void refused(Refusal refusal) {
    if (bar != null) {
      bar.step();
    }
    err.println(refusal);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}

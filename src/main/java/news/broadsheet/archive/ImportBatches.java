package news.broadsheet.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of an import, read and parsed in order on a thread of their own a few files ahead,
 * and handed over a few whole files at a time: few enough that they are stored and forgotten
 * while young (a young object costs the collector nothing; one kept through a collection is
 * copied), enough that a story lookup on PostgreSQL serves many files. A file that breaks the
 * format is refused as it is met (told to the summary and the progress) and is in no batch.
 */
final class ImportBatches implements AutoCloseable {

  private static final int MAX_FILES = 20;
  private static final int MAX_COMMENTS = 2_000;
  private static final int READ_AHEAD_FILES = 16;

  private final ReadAhead<Parsed> ahead;
  private final ImportSummary summary;
  private final ImportProgress progress;

  private ImportBatches(ReadAhead<Parsed> ahead, ImportSummary summary, ImportProgress progress) {
    this.ahead = ahead;
    this.summary = summary;
    this.progress = progress;
  }

  static ImportBatches start(
      List<ArchiveInput> inputs, ArchiveReader reader, ImportSummary summary, ImportProgress progress) {
    ReadAhead<Parsed> ahead =
        ReadAhead.start("archive-reader", READ_AHEAD_FILES, sink -> {
          for (ArchiveInput input : inputs) {
            sink.put(parse(reader, input));
          }
        });
    return new ImportBatches(ahead, summary, progress);
  }

  private static Parsed parse(ArchiveReader reader, ArchiveInput input) {
    if (input.isSymbolicLink()) {
      return new Parsed(input, null, new Refusal(input.name(), 0, ArchiveImporter.SYMBOLIC_LINK));
    }
    try {
      return new Parsed(input, StoryMerger.prepare(reader.read(input.name(), input.readAll())), null);
    } catch (ArchiveFormatException e) {
      return new Parsed(input, null, Refusal.of(e));
    } catch (IOException e) {
      return new Parsed(input, null, new Refusal(input.name(), 0, "cannot be read: " + e.getMessage()));
    }
  }

  /** The next few files (up to 20 files or 2,000 comments), or null when all are taken. */
  List<Parsed> next() throws ImportStoppedException {
    List<Parsed> batch = new ArrayList<>();
    int comments = 0;
    while (batch.size() < MAX_FILES && comments < MAX_COMMENTS) {
      Parsed parsed = take();
      if (parsed == null) {
        break;
      }
      if (parsed.refusal() != null) {
        summary.refused(parsed.refusal());
        progress.refused(parsed.refusal());
        continue;
      }
      batch.add(parsed);
      comments += parsed.story().texts().size();
    }
    return batch.isEmpty() ? null : batch;
  }

  private Parsed take() throws ImportStoppedException {
    try {
      return ahead.next();
    } catch (RuntimeException | Error bug) {
      throw bug;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportStoppedException(summary, e);
    } catch (Exception impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  static List<StoryMerger.Prepared> stories(List<Parsed> batch) {
    return batch.stream().map(Parsed::story).toList();
  }

  static long comments(List<Parsed> batch) {
    return batch.stream().mapToLong(parsed -> parsed.story().texts().size()).sum();
  }

  static List<ArchiveInput> inputs(List<Parsed> batch) {
    return batch.stream().map(Parsed::input).toList();
  }

  @Override
  public void close() {
    ahead.close();
  }

  /** A file read ahead: its prepared story, or why it is refused. */
  record Parsed(ArchiveInput input, StoryMerger.Prepared story, Refusal refusal) {}
}

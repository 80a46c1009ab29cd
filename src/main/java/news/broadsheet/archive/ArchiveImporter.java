package news.broadsheet.archive;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.StoryChanges;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * Imports archive files: each file is stored whole or not at all.
 *
 * <p>Files are read and parsed in order on a second thread, a few files ahead of the one that
 * writes (the corpus is never held in memory), and committed in groups, so that a large import
 * is not slowed by a disk sync per file. A file is reported stored, and a story it updated told
 * to {@link StoryChanges}, only after its group has committed; a failure rolls the group back and
 * stops the import.
 */
public final class ArchiveImporter {

  private static final int MAX_FILES_PER_COMMIT = 500;
  private static final int MAX_COMMENTS_PER_COMMIT = 50_000;
  private static final int READ_AHEAD_FILES = 64;
  static final String SYMBOLIC_LINK =
      "is a symbolic link, which import does not follow; name the file it points to instead";

  private final Database database;
  private final ArchiveReader reader;
  private final StoryMerger merger;
  private final StoryChanges changes;
  private final Clock clock;

  public ArchiveImporter(Database database, ArchiveReader reader, StoryMerger merger, StoryChanges changes, Clock clock) {
    this.database = database;
    this.reader = reader;
    this.merger = merger;
    this.changes = changes;
    this.clock = clock;
  }

  public ImportSummary importAll(List<ArchiveInput> inputs, ImportProgress progress)
      throws ImportStoppedException {
    ImportSummary summary = new ImportSummary();
    List<Parsed> batch = new ArrayList<>();
    int batchComments = 0;
    try (Handle handle = openHandle(summary);
        ReadAhead<Parsed> ahead = ReadAhead.start("archive-reader", READ_AHEAD_FILES, sink -> parseAll(inputs, sink))) {
      for (Parsed parsed = next(ahead, summary); parsed != null; parsed = next(ahead, summary)) {
        if (parsed.refusal() != null) {
          summary.refused(parsed.refusal());
          progress.refused(parsed.refusal());
          continue;
        }
        batch.add(parsed);
        batchComments += parsed.story().texts().size();
        if (batch.size() >= MAX_FILES_PER_COMMIT || batchComments >= MAX_COMMENTS_PER_COMMIT) {
          commit(handle, batch, summary, progress);
          batch.clear();
          batchComments = 0;
        }
      }
      commit(handle, batch, summary, progress);
    }
    return summary;
  }

  private Handle openHandle(ImportSummary summary) throws ImportStoppedException {
    try {
      return database.openBulkHandle();
    } catch (RuntimeException databaseFailure) {
      throw new ImportStoppedException(summary, databaseFailure);
    }
  }

  /** Reads and parses the files in order, on the read-ahead thread. */
  private void parseAll(List<ArchiveInput> inputs, ReadAhead.Sink<Parsed> sink) throws InterruptedException {
    for (ArchiveInput input : inputs) {
      sink.put(parse(input));
    }
  }

  private Parsed parse(ArchiveInput input) {
    if (input.isSymbolicLink()) {
      return new Parsed(input, null, new Refusal(input.name(), 0, SYMBOLIC_LINK));
    }
    try {
      return new Parsed(input, StoryMerger.prepare(reader.read(input.name(), input.readAll())), null);
    } catch (ArchiveFormatException e) {
      return new Parsed(input, null, Refusal.of(e));
    } catch (IOException e) {
      return new Parsed(input, null, new Refusal(input.name(), 0, "cannot be read: " + e.getMessage()));
    }
  }

  private static Parsed next(ReadAhead<Parsed> ahead, ImportSummary summary) throws ImportStoppedException {
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

  private void commit(Handle handle, List<Parsed> batch, ImportSummary summary, ImportProgress progress)
      throws ImportStoppedException {
    if (batch.isEmpty()) {
      return;
    }
    long now = clock.millis();
    List<StoryMerger.Result> results;
    try {
      results =
          handle.inTransaction(
              transaction -> {
                List<StoryMerger.Result> stored = new ArrayList<>(batch.size());
                try (StoryMerger.Session session = merger.open(transaction)) {
                  for (Parsed parsed : batch) {
                    stored.add(session.store(parsed.story(), now));
                  }
                }
                return stored;
              });
    } catch (RuntimeException databaseFailure) {
      throw new ImportStoppedException(summary, databaseFailure);
    }
    for (int i = 0; i < batch.size(); i++) {
      StoryMerger.Result result = results.get(i);
      if (result.outcome() == ImportOutcome.UPDATED) {
        changes.changed(result.articleId());
      }
      summary.stored(result.outcome(), result.commentsAdded());
      progress.stored(batch.get(i).input(), result.outcome(), result.commentsAdded());
    }
  }

  /** A file read ahead: its prepared story, or why it is refused. */
  private record Parsed(ArchiveInput input, StoryMerger.Prepared story, Refusal refusal) {}
}

package news.broadsheet.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * writes (the corpus is never held in memory). In {@link ImportMode#GROUPS groups}, they are
 * committed a group at a time, so that a large import is not slowed by a disk sync per file; as
 * a {@link ImportMode#BULK bulk load}, in one transaction that builds the comments' indexes at the
 * end. A file is reported stored, and a story it updated told to {@link StoryChanges}, only after
 * its transaction has committed; a failure rolls that transaction back and stops the import.
 */
public final class ArchiveImporter {

  /** What an archive holds per comment, roughly (the synthetic corpus: 225 bytes; the reference story: 400). */
  private static final long BYTES_PER_COMMENT = 256;
  /** A bulk load pays for building the indexes anew: not worth it for fewer comments than this. */
  private static final long MIN_BULK_COMMENTS = 50_000;

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

  public ImportSummary importAll(List<ArchiveInput> inputs, ImportProgress progress) throws ImportStoppedException {
    return importAll(inputs, ImportMode.AUTO, progress);
  }

  public ImportSummary importAll(List<ArchiveInput> inputs, ImportMode mode, ImportProgress progress)
      throws ImportStoppedException {
    ImportSummary summary = new ImportSummary();
    try (Handle handle = openHandle(summary);
        ImportBatches batches = ImportBatches.start(inputs, reader, summary, progress)) {
      if (isBulk(mode, inputs, handle, summary)) {
        storeInBulk(handle, batches, summary, progress);
      } else {
        for (List<ImportBatches.Parsed> batch = batches.next(); batch != null; batch = batches.next()) {
          storeInGroup(handle, batch, summary, progress);
        }
      }
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

  private boolean isBulk(ImportMode mode, List<ArchiveInput> inputs, Handle handle, ImportSummary summary)
      throws ImportStoppedException {
    if (mode != ImportMode.AUTO || inputs.stream().anyMatch(input -> input.path() == null)) {
      return mode == ImportMode.BULK;
    }
    long comments = inputs.stream().mapToLong(ArchiveImporter::size).sum() / BYTES_PER_COMMENT;
    try {
      return comments >= MIN_BULK_COMMENTS && comments >= merger.storedCommentsAtMost(handle);
    } catch (RuntimeException databaseFailure) {
      throw new ImportStoppedException(summary, databaseFailure);
    }
  }

  private static long size(ArchiveInput input) {
    try {
      return Files.size(input.path());
    } catch (IOException unreadable) {
      return 0; // refused with its reason when its turn comes
    }
  }

  private void storeInGroup(
      Handle handle, List<ImportBatches.Parsed> batch, ImportSummary summary, ImportProgress progress)
      throws ImportStoppedException {
    long now = clock.millis();
    List<StoryMerger.Result> results;
    try {
      results =
          handle.inTransaction(
              transaction -> {
                try (StoryMerger.Session session = merger.open(transaction, false)) {
                  session.store(ImportBatches.stories(batch), now);
                  return session.finish();
                }
              });
    } catch (RuntimeException databaseFailure) {
      throw new ImportStoppedException(summary, databaseFailure);
    }
    report(ImportBatches.inputs(batch), results, summary, progress);
  }

  private void storeInBulk(Handle handle, ImportBatches batches, ImportSummary summary, ImportProgress progress)
      throws ImportStoppedException {
    long now = clock.millis();
    List<ArchiveInput> written = new ArrayList<>();
    List<StoryMerger.Result> results;
    try {
      results =
          handle.inTransaction(
              transaction -> {
                try (StoryMerger.Session session = merger.open(transaction, true)) {
                  for (List<ImportBatches.Parsed> batch = batches.next(); batch != null; batch = batches.next()) {
                    session.store(ImportBatches.stories(batch), now);
                    session.flush();
                    written.addAll(ImportBatches.inputs(batch));
                  }
                  return session.finish();
                }
              });
    } catch (RuntimeException databaseFailure) {
      throw new ImportStoppedException(summary, databaseFailure);
    }
    report(written, results, summary, progress);
  }

  private void report(
      List<ArchiveInput> inputs, List<StoryMerger.Result> results, ImportSummary summary, ImportProgress progress) {
    for (int i = 0; i < inputs.size(); i++) {
      StoryMerger.Result result = results.get(i);
      if (result.outcome() == ImportOutcome.UPDATED) {
        changes.changed(result.articleId());
      }
      summary.stored(result.outcome(), result.commentsAdded());
      progress.stored(inputs.get(i), result.outcome(), result.commentsAdded());
    }
  }
}

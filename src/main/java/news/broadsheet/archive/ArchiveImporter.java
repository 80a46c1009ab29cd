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
 * writes, and stored a few at a time (the corpus is never held in memory). In {@link
 * ImportMode#GROUPS groups}, they are committed a group at a time (500 files or 50,000 comments),
 * so that a large import is not slowed by a disk sync per file; as a {@link ImportMode#BULK bulk
 * load}, in one transaction that builds the comments' indexes at the end. A file is reported stored, and a story it updated told to {@link StoryChanges}, only after
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
  private final BulkLoadListener bulkLoaded;

  public ArchiveImporter(
      Database database,
      ArchiveReader reader,
      StoryMerger merger,
      StoryChanges changes,
      Clock clock,
      BulkLoadListener bulkLoaded) {
    this.database = database;
    this.reader = reader;
    this.merger = merger;
    this.changes = changes;
    this.clock = clock;
    this.bulkLoaded = bulkLoaded;
  }

  public ImportSummary importAll(List<ArchiveInput> inputs, ImportProgress progress) throws ImportStoppedException {
    return importAll(inputs, ImportMode.AUTO, progress);
  }

  public ImportSummary importAll(List<ArchiveInput> inputs, ImportMode mode, ImportProgress progress)
      throws ImportStoppedException {
    ImportSummary summary = new ImportSummary();
    try (Handle handle = openHandle(summary);
        ImportBatches batches = ImportBatches.start(inputs, reader, summary, progress)) {
      Limits limits = isBulk(mode, inputs, handle, summary) ? Limits.BULK : Limits.GROUP;
      while (storeOneTransaction(handle, batches, limits, summary, progress) && !limits.bulk()) {
        // the next group
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

  /**
   * Stores files in one transaction until the limits are reached or the files run out, and
   * reports them once it has committed; returns false when there was nothing left to store.
   * Files are stored a few at a time as they come, so that what is held in memory is a few files,
   * whatever the size of the transaction.
   */
  private boolean storeOneTransaction(
      Handle handle, ImportBatches batches, Limits limits, ImportSummary summary, ImportProgress progress)
      throws ImportStoppedException {
    long now = clock.millis();
    List<ArchiveInput> written = new ArrayList<>();
    List<StoryMerger.Result> results;
    try {
      results =
          handle.inTransaction(
              transaction -> {
                long firstCommentId = limits.bulk() ? merger.storedCommentsAtMost(transaction) + 1 : 0;
                try (StoryMerger.Session session =
                    limits.bulk() ? merger.openBulk(transaction, bulkLoaded.triggers()) : merger.open(transaction)) {
                  long comments = 0;
                  while (written.size() < limits.files() && comments < limits.comments()) {
                    List<ImportBatches.Parsed> chunk = batches.next();
                    if (chunk == null) {
                      break;
                    }
                    session.store(ImportBatches.stories(chunk), now);
                    session.flush();
                    written.addAll(ImportBatches.inputs(chunk));
                    comments += ImportBatches.comments(chunk);
                  }
                  List<StoryMerger.Result> stored = session.finish();
                  for (StoryMerger.Result result : stored) {
                    if (result.outcome() == ImportOutcome.UPDATED) {
                      changes.changed(transaction, result.articleId());
                    }
                  }
                  if (limits.bulk()) {
                    bulkLoaded.loaded(transaction, firstCommentId, session.lastStoredSetAside());
                  }
                  return stored;
                }
              });
    } catch (RuntimeException databaseFailure) {
      throw new ImportStoppedException(summary, databaseFailure);
    }
    report(written, results, summary, progress);
    return !written.isEmpty();
  }

  /** How much one transaction stores: a group of files, or everything (a bulk load). */
  private record Limits(long files, long comments, boolean bulk) {
    static final Limits GROUP = new Limits(500, 50_000, false);
    static final Limits BULK = new Limits(Long.MAX_VALUE, Long.MAX_VALUE, true);
  }

  private void report(
      List<ArchiveInput> inputs, List<StoryMerger.Result> results, ImportSummary summary, ImportProgress progress) {
    for (int i = 0; i < inputs.size(); i++) {
      StoryMerger.Result result = results.get(i);
      summary.stored(result.outcome(), result.commentsAdded());
      progress.stored(inputs.get(i), result.outcome(), result.commentsAdded());
    }
  }
}

package news.broadsheet.archive;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.storage.Database;

/**
 * Imports archive files: each file is stored whole or not at all.
 *
 * <p>Files are parsed one at a time (the corpus is never held in memory) and committed in groups,
 * so that a large import is not slowed by a disk sync per file. A file is reported stored only
 * after its group has committed; a failure rolls the group back and stops the import.
 */
public final class ArchiveImporter {

  private static final int MAX_FILES_PER_COMMIT = 250;
  private static final int MAX_COMMENTS_PER_COMMIT = 25_000;

  private final Database database;
  private final ArchiveReader reader;
  private final StoryMerger merger;
  private final Clock clock;

  public ArchiveImporter(Database database, ArchiveReader reader, StoryMerger merger, Clock clock) {
    this.database = database;
    this.reader = reader;
    this.merger = merger;
    this.clock = clock;
  }

  public ImportSummary importAll(List<ArchiveInput> inputs, ImportProgress progress)
      throws ImportStoppedException {
    ImportSummary summary = new ImportSummary();
    List<Parsed> batch = new ArrayList<>();
    int batchComments = 0;
    for (ArchiveInput input : inputs) {
      Parsed parsed = parse(input, summary, progress);
      if (parsed == null) {
        continue;
      }
      batch.add(parsed);
      batchComments += parsed.story().comments().size();
      if (batch.size() >= MAX_FILES_PER_COMMIT || batchComments >= MAX_COMMENTS_PER_COMMIT) {
        commit(batch, summary, progress);
        batch.clear();
        batchComments = 0;
      }
    }
    commit(batch, summary, progress);
    return summary;
  }

  private Parsed parse(ArchiveInput input, ImportSummary summary, ImportProgress progress) {
    Refusal refusal;
    try {
      return new Parsed(input, reader.read(input.name(), input.readAll()));
    } catch (ArchiveFormatException e) {
      refusal = Refusal.of(e);
    } catch (IOException e) {
      refusal = new Refusal(input.name(), 0, "cannot be read: " + e.getMessage());
    }
    summary.refused(refusal);
    progress.refused(refusal);
    return null;
  }

  private void commit(List<Parsed> batch, ImportSummary summary, ImportProgress progress)
      throws ImportStoppedException {
    if (batch.isEmpty()) {
      return;
    }
    long now = clock.millis();
    List<StoryMerger.Result> results;
    try {
      results =
          database.inTransaction(
              handle -> {
                List<StoryMerger.Result> stored = new ArrayList<>(batch.size());
                for (Parsed parsed : batch) {
                  stored.add(merger.store(handle, parsed.story(), now));
                }
                return stored;
              });
    } catch (RuntimeException databaseFailure) {
      throw new ImportStoppedException(summary, databaseFailure);
    }
    for (int i = 0; i < batch.size(); i++) {
      StoryMerger.Result result = results.get(i);
      summary.stored(result.outcome(), result.commentsAdded());
      progress.stored(batch.get(i).input(), result.outcome(), result.commentsAdded());
    }
  }

  private record Parsed(ArchiveInput input, ArchivedStory story) {}
}

package news.broadsheet.archive;

/** Hears of each file as the import settles it; a file counts as stored only once committed. */
public interface ImportProgress {

  void stored(ArchiveInput input, ImportOutcome outcome, int commentsAdded);

  void refused(Refusal refusal);

  ImportProgress SILENT =
      new ImportProgress() {
        @Override
        public void stored(ArchiveInput input, ImportOutcome outcome, int commentsAdded) {}

        @Override
        public void refused(Refusal refusal) {}
      };
}

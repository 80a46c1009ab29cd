package news.broadsheet.archive;

/** What importing one file did to its story. */
public enum ImportOutcome {
  /** The story was not stored before. */
  NEW,
  /** The story was stored; this file brought new comments or a newer version of the text. */
  UPDATED,
  /** The story was stored with everything this file holds. */
  UNCHANGED
}

package news.broadsheet.archive;

/** How an import writes: in groups of files, or as one bulk load. */
public enum ImportMode {
  /**
   * Committed in groups of files, the comments' indexes kept up to date row by row: an import
   * stopped half-way keeps the groups committed before, and other writers wait at most for one
   * group.
   */
  GROUPS,
  /**
   * One transaction for the whole import, the comments' indexes built once from all the rows at
   * the end: much faster when the import brings many comments to few, and all or nothing (an
   * import stopped half-way stores nothing). On PostgreSQL the comments are locked until it
   * commits.
   */
  BULK,
  /** {@link #BULK} when the files hold at least as many comments as are stored (by their size), else {@link #GROUPS}. */
  AUTO
}

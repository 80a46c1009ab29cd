package news.broadsheet.storage;

/** Whether a node hears of the changes other processes make to the database it shares. */
public enum FeedState {
  /** SQLite: one node, whose changes are told within its process (other processes: after a few seconds). */
  LOCAL,
  /** PostgreSQL, but not listening: a command, not a server. */
  NOT_LISTENING,
  /** PostgreSQL: opening the listening connection for the first time. */
  CONNECTING,
  /** PostgreSQL: every change committed by any node is heard as it commits. */
  LISTENING,
  /** PostgreSQL: the listening connection was lost; until it is back, nothing kept in memory is trusted. */
  RECONNECTING;

  /** Whether this node hears every change as it commits, so that what it keeps in memory is current. */
  public boolean isCurrent() {
    return this == LOCAL || this == LISTENING;
  }
}

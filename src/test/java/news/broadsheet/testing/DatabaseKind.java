package news.broadsheet.testing;

/** The databases every storage test runs against. */
public enum DatabaseKind {
  SQLITE,
  POSTGRESQL
}

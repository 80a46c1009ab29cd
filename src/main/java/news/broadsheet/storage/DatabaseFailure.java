package news.broadsheet.storage;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;

/**
 * Failures that mean the database cannot take work for now, as opposed to a fault in the work: it
 * does not answer (stopped, unreachable, no connection free in time), its disk is full, or it is
 * held by another process. Each is said in the site's own words, never the driver's message: the
 * server answers 503 and tries again later, and nothing is acknowledged that was not stored.
 */
public enum DatabaseFailure {
  UNREACHABLE("the database does not answer"),
  DISK_FULL("the database's disk is full"),
  BUSY("the database is held by another process");

  private final String words;

  DatabaseFailure(String words) {
    this.words = words;
  }

  /** What went wrong, for the health check and the log. */
  public String words() {
    return words;
  }

  /** The failure a thrown exception (or one of its causes) means, when it is one of these. */
  public static Optional<DatabaseFailure> of(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      Optional<DatabaseFailure> failure = single(cause);
      if (failure.isPresent()) {
        return failure;
      }
    }
    return Optional.empty();
  }

  private static Optional<DatabaseFailure> single(Throwable cause) {
    if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
      return Optional.of(UNREACHABLE);
    }
    if (!(cause instanceof SQLException sql)) {
      return Optional.empty();
    }
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    String message = sql.getMessage() == null ? "" : sql.getMessage().toUpperCase(Locale.ROOT);
    if (state.startsWith("08") || state.startsWith("57P")) { // connection exception; server shutting down
      return Optional.of(UNREACHABLE);
    }
    if (state.equals("53100") || message.startsWith("[SQLITE_FULL]")) { // disk full
      return Optional.of(DISK_FULL);
    }
    if (message.startsWith("[SQLITE_BUSY]") || message.startsWith("[SQLITE_LOCKED]")) {
      return Optional.of(BUSY);
    }
    if (message.startsWith("[SQLITE_IOERR") || message.startsWith("[SQLITE_CANTOPEN]")) {
      return Optional.of(UNREACHABLE);
    }
    return Optional.empty();
  }
}

package news.broadsheet.storage;

/**
 * The database could not take the work for now ({@link DatabaseFailure}): nothing of it was stored,
 * and the same work may succeed later. The web answers 503 with {@code Retry-After}.
 */
public final class DatabaseUnavailableException extends RuntimeException {

  private final DatabaseFailure failure;

  DatabaseUnavailableException(DatabaseFailure failure, Throwable cause) {
    super(failure.words(), cause);
    this.failure = failure;
  }

  public DatabaseFailure failure() {
    return failure;
  }

  /** The thrown exception as a {@link DatabaseUnavailableException} when it means one, else itself. */
  static RuntimeException classified(RuntimeException thrown) {
    if (thrown instanceof DatabaseUnavailableException) {
      return thrown;
    }
    return DatabaseFailure.of(thrown).<RuntimeException>map(failure -> new DatabaseUnavailableException(failure, thrown))
        .orElse(thrown);
  }
}

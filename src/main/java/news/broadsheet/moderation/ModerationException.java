package news.broadsheet.moderation;

/** A moderation request that cannot be done as asked; the message says why, in one line. */
public final class ModerationException extends IllegalArgumentException {

  public ModerationException(String message) {
    super(message);
  }
}

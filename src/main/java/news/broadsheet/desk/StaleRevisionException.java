package news.broadsheet.desk;

/**
 * A save refused because the story changed since the editor opened it: nothing was written. It
 * carries the story as it stands now and who saved that version, so the editor can compare.
 */
public final class StaleRevisionException extends DeskException {

  private final DeskStory current;
  private final Revision latest;

  StaleRevisionException(DeskStory current, Revision latest, int base) {
    super(DeskError.STALE_REVISION, null,
        latest.accountName() + " saved revision " + latest.number() + " of this story after revision " + base
            + ", which your changes started from. Nothing of yours was saved; compare the two versions.");
    this.current = current;
    this.latest = latest;
  }

  /** The story as it stands now. */
  public DeskStory current() {
    return current;
  }

  /** The latest revision: its number, author and time. */
  public Revision latest() {
    return latest;
  }
}

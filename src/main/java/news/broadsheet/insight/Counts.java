package news.broadsheet.insight;

/** Comments by their status now: published, held for a moderator (pending) and rejected. */
public record Counts(long published, long pending, long rejected) {

  public static final Counts NONE = new Counts(0, 0, 0);

  /** Every comment written, whatever became of it. */
  public long written() {
    return published + pending + rejected;
  }

  public Counts plus(Counts other) {
    return new Counts(published + other.published, pending + other.pending, rejected + other.rejected);
  }

  /** The share of written comments that were rejected, 0 to 1 (0 when none were written). */
  public double rejectedShare() {
    return written() == 0 ? 0 : (double) rejected / written();
  }
}

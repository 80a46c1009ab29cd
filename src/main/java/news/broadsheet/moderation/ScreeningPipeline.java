package news.broadsheet.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.Screening;
import news.broadsheet.comment.Verdict;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screening every new comment passes: a list of small checks, built in code. The strictest
 * verdict wins (reject, then hold, then publish) and every reason is kept. The decision is
 * recorded in the audit trail in the same transaction that stores the comment.
 *
 * <p>A check that fails (its database unreachable, say) holds the comment rather than losing it.
 */
public final class ScreeningPipeline implements Screening {

  static final String ACTOR = "screening";
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningPipeline.class);

  private final List<CommentCheck> checks;
  private final ModerationStore events;
  private final Clock clock;

  public ScreeningPipeline(List<CommentCheck> checks, ModerationStore events, Clock clock) {
    this.checks = List.copyOf(checks);
    this.events = events;
    this.clock = clock;
  }

  public List<CommentCheck> checks() {
    return checks;
  }

  @Override
  public Verdict screen(CommentDraft draft) {
    Submission submission = new Submission(draft, clock.instant());
    CommentStatus status = CommentStatus.PUBLISHED;
    List<Reason> reasons = new ArrayList<>();
    for (CommentCheck check : checks) {
      Verdict verdict;
      try {
        verdict = check.check(submission);
      } catch (RuntimeException failed) {
        LOG.warn("the {} check failed; the comment is held", check.name(), failed);
        verdict = CommentCheck.because(Reason.checkFailed(check.name()));
      }
      status = Verdict.stricter(status, verdict.status());
      reasons.addAll(verdict.reasons());
    }
    return new Verdict(status, reasons);
  }

  @Override
  public void stored(Handle handle, Comment comment, Verdict verdict) {
    events.insert(
        handle,
        new ModerationEvent(0, comment.id(), null, ActorKind.SCREENING, ACTOR, null,
            ModerationAction.ofScreening(verdict.status()), verdict.reasons(), "", null, verdict.status(),
            clock.instant()));
  }
}

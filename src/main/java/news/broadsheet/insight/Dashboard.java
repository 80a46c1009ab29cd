package news.broadsheet.insight;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import news.broadsheet.analytics.CorpusStats;
import news.broadsheet.article.Article;
import news.broadsheet.comment.ReasonKind;

/**
 * The newsroom's dashboard for a day: what readers wrote, where and when, who wrote it, and what
 * it asked of the moderators.
 *
 * @param zone the newsroom's zone its days and hours are in (the stories' own, when they share one)
 * @param sharedZone whether every story counted is in that zone; else each story counts in its own
 * @param archive what is stored in all, as {@code broadsheet stats} counts it, from the aggregates
 * @param sources the sources to narrow the dashboard to
 * @param lastDay the last day with comments (of the source asked for), or null when there are none
 */
public record Dashboard(
    DashboardQuery query,
    ZoneId zone,
    boolean sharedZone,
    CorpusStats archive,
    List<String> sources,
    LocalDate lastDay,
    List<DayCount> days,
    List<HourCount> hours,
    List<StoryCount> storiesOfDay,
    List<StoryCount> storiesOfWeek,
    Commenters commenters,
    Workload workload,
    List<ReasonCount> reasons,
    List<SourceRow> bySource) {

  /** A day's comments. */
  public record DayCount(LocalDate day, Counts counts) {}

  /** An hour's comments (0 to 23). */
  public record HourCount(int hour, Counts counts) {}

  /** A story's comments over a day or a week. */
  public record StoryCount(Article article, Counts counts) {}

  /**
   * Who wrote: on the day, in the week (and how many of those wrote their first comment on the site
   * in it), and the week's most active.
   */
  public record Commenters(long ofDay, long ofWeek, long newInWeek, List<CommenterCount> mostActive) {}

  /**
   * A commenter's comments in the week.
   *
   * @param name the account's or guest's name
   * @param account whether it is an account (else a name a guest wrote under)
   */
  public record CommenterCount(String name, boolean account, long comments, int days) {}

  /**
   * What moderators had to do.
   *
   * @param pending how many comments waited at the end of each day of the period
   * @param waitingNow how many comments wait now
   * @param decidedInPeriod waits ended by a decision in the period: approvals and rejections
   * @param medianWaitOfWeek the median time from a hold to its decision, of the week's decisions (null: none)
   * @param medianWaitOfPeriod the same, of the period's
   */
  public record Workload(
      List<DayPending> pending,
      long waitingNow,
      long decidedInPeriod,
      long approvedInPeriod,
      long rejectedInPeriod,
      Duration medianWaitOfWeek,
      Duration medianWaitOfPeriod) {}

  /** How many comments waited for a moderator at the end of a day. */
  public record DayPending(LocalDate day, long pending) {}

  /**
   * Comments of the period held or rejected with a reason of a kind.
   *
   * @param kind the kind, or null for a kind this version does not know ({@code code} says which)
   * @param share the rejected ones as a share of every comment written in the period, 0 to 1
   */
  public record ReasonCount(String code, ReasonKind kind, long held, long rejected, double share) {}

  /** A source's comments on the day, in the week and in the period. */
  public record SourceRow(String source, Counts day, Counts week, Counts period) {}
}

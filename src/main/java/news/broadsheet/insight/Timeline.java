package news.broadsheet.insight;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.Comment;

/**
 * A discussion's comments over time, in steps from the hour of the first comment to that of the
 * last: hours while that is {@value #MAX_STEPS} steps or fewer, else six hours, else days.
 *
 * @param step the length of a step
 * @param steps each step's start (the newsroom's wall-clock time) and comments
 * @param peak the hour with the most comments (the first of equals), null when there are none
 */
public record Timeline(Duration step, List<Step> steps, Step peak) {

  static final int MAX_STEPS = 72;

  /** A step of time and the comments written in it. */
  public record Step(LocalDateTime start, Counts counts) {}

  static Timeline of(List<Comment> comments) {
    if (comments.isEmpty()) {
      return new Timeline(Duration.ofHours(1), List.of(), null);
    }
    LocalDateTime first = comments.stream().map(Timeline::hourOf).min(LocalDateTime::compareTo).orElseThrow();
    LocalDateTime last = comments.stream().map(Timeline::hourOf).max(LocalDateTime::compareTo).orElseThrow();
    long hours = ChronoUnit.HOURS.between(first, last) + 1;
    Duration step = hours <= MAX_STEPS ? Duration.ofHours(1)
        : hours <= MAX_STEPS * 6L ? Duration.ofHours(6) : Duration.ofDays(1);
    LocalDateTime start = step.toHours() == 24 ? first.truncatedTo(ChronoUnit.DAYS)
        : first.withHour((int) (first.getHour() / step.toHours() * step.toHours()));
    return new Timeline(step, steps(comments, start, last, step), peakHour(comments, first, last));
  }

  private static List<Step> steps(List<Comment> comments, LocalDateTime start, LocalDateTime last, Duration step) {
    List<StatusCounts> counts = new ArrayList<>();
    for (LocalDateTime at = start; !at.isAfter(last); at = at.plus(step)) {
      counts.add(new StatusCounts());
    }
    for (Comment comment : comments) {
      long index = Duration.between(start, comment.postedLocal()).toMinutes() / step.toMinutes();
      counts.get((int) index).add(comment.status());
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      StatusCounts c = counts.get(i);
      steps.add(new Step(start.plus(step.multipliedBy(i)), new Counts(c.published(), c.pending(), c.rejected())));
    }
    return steps;
  }

  private static Step peakHour(List<Comment> comments, LocalDateTime first, LocalDateTime last) {
    List<Step> hourly = steps(comments, first, last, Duration.ofHours(1));
    Step peak = hourly.get(0);
    for (Step step : hourly) {
      if (step.counts().written() > peak.counts().written()) {
        peak = step;
      }
    }
    return peak;
  }

  private static LocalDateTime hourOf(Comment comment) {
    return comment.postedLocal().truncatedTo(ChronoUnit.HOURS);
  }
}

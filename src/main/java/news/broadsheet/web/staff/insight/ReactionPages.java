package news.broadsheet.web.staff.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.comment.Comment;
import news.broadsheet.insight.Reaction;
import news.broadsheet.insight.Timeline;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.staff.StaffFrame;

/** Puts a story's reaction into a page: the summary, the chart over time, the tables, the phrases. */
final class ReactionPages {

  private ReactionPages() {}

  static ReactionPage page(StaffFrame frame, Reaction reaction) {
    Article article = reaction.article();
    long id = article.id();
    return new ReactionPage(
        frame,
        article.story().headline(),
        Paths.story(article),
        article.story().source() + " · " + Wording.longDay(article.story().publishedOn()),
        summary(reaction),
        stats(reaction),
        ReactionFigures.overTime(reaction),
        ReactionTables.mostRecommended(reaction),
        ReactionTables.outcome(reaction),
        ReactionTables.languages(reaction),
        ReactionPhrases.views(reaction),
        ReactionPhrases.note(reaction),
        ReactionPhrases.table(reaction),
        "/admin/moderation?story=" + id);
  }

  /** "26 comments by 25 commenters between 09:48 and 19:42 on Sat 3 March 2018, Pakistan Time (Asia/Karachi)." */
  static String summary(Reaction reaction) {
    long written = reaction.counts().written();
    if (written == 0) {
      return "No comments yet.";
    }
    String who = Wording.count(written, "comment", "comments") + " by "
        + Wording.count(reaction.commenters().all(), "commenter", "commenters");
    LocalDate firstDay = reaction.first().toLocalDate();
    LocalDate lastDay = reaction.last().toLocalDate();
    String when = firstDay.equals(lastDay)
        ? " between " + Wording.clock(reaction.first()) + " and " + Wording.clock(reaction.last()) + " on " + Wording.day(firstDay)
        : " from " + Wording.day(firstDay) + ", " + Wording.clock(reaction.first()) + " to " + Wording.day(lastDay) + ", "
            + Wording.clock(reaction.last());
    return who + when + ", " + Wording.zone(reaction.zone()) + ".";
  }

  private static List<Stat> stats(Reaction reaction) {
    List<Stat> stats = new ArrayList<>();
    var counts = reaction.counts();
    stats.add(new Stat("Comments", Scale.number(counts.written()), Scale.number(counts.published()) + " published, "
        + Scale.number(counts.pending()) + " held, " + Scale.number(counts.rejected()) + " rejected"));
    var commenters = reaction.commenters();
    stats.add(new Stat("Commenters", Scale.number(commenters.all()), Scale.number(commenters.newcomers()) + " new to the site, "
        + Scale.number(commenters.returning()) + " returning"));
    var recommendations = reaction.recommendations();
    stats.add(new Stat("Recommendations", Scale.number(recommendations.total()),
        "by " + Wording.count(recommendations.readers(), "reader", "readers")));
    Timeline.Step peak = reaction.timeline().peak();
    stats.add(peak == null ? new Stat("Peak hour", "—", null)
        : new Stat("Peak hour", Wording.hour(peak.start().getHour()),
            Wording.count(peak.counts().written(), "comment", "comments") + " on " + Wording.shortDay(peak.start().toLocalDate())));
    return stats;
  }

  /** "Sat 3 March 2018, 09:48". */
  static String time(Comment comment) {
    return Wording.day(comment.postedLocal().toLocalDate()) + ", " + Wording.clock(comment.postedLocal());
  }
}

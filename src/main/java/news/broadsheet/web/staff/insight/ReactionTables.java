package news.broadsheet.web.staff.insight;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.insight.Counts;
import news.broadsheet.insight.Reaction;
import news.broadsheet.web.page.Paths;

/** The reaction page's tables: the most recommended comments, moderation's outcome, the languages. */
final class ReactionTables {

  static final int EXCERPT = 160;

  private ReactionTables() {}

  static DataTable mostRecommended(Reaction reaction) {
    String story = Paths.story(reaction.article());
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    for (Comment comment : reaction.recommendations().mostRecommended()) {
      rows.add(List.of(
          DataTable.Cell.number(comment.recommendations()),
          DataTable.Cell.text(comment.name()),
          new DataTable.Cell(ReactionPages.time(comment), comment.postedLocal().toString(), null),
          DataTable.Cell.link(excerpt(comment.text()), Paths.comment(story, comment.id()))));
    }
    return new DataTable("most-recommended", "The most recommended comments",
        List.of("Recommendations", "Commenter", "Written", "Comment"), List.of(true, false, false, false), rows,
        InsightPaths.reactionsCsv(reaction.article().id(), "most-recommended"));
  }

  static DataTable outcome(Reaction reaction) {
    Counts counts = reaction.counts();
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    rows.add(List.of(DataTable.Cell.text("Published"), DataTable.Cell.number(counts.published()), DataTable.Cell.text("")));
    rows.add(List.of(DataTable.Cell.text("Held for a moderator"), DataTable.Cell.number(counts.pending()), DataTable.Cell.text("")));
    rows.add(List.of(DataTable.Cell.text("Rejected"), DataTable.Cell.number(counts.rejected()), DataTable.Cell.text("")));
    for (Reaction.ReasonCount reason : reaction.reasons()) {
      String label = reason.kind() == null ? reason.code() : reason.kind().label();
      if (reason.held() > 0) {
        rows.add(List.of(DataTable.Cell.text("Held"), DataTable.Cell.number(reason.held()), DataTable.Cell.text(label)));
      }
      if (reason.rejected() > 0) {
        rows.add(List.of(DataTable.Cell.text("Rejected"), DataTable.Cell.number(reason.rejected()), DataTable.Cell.text(label)));
      }
    }
    return new DataTable("outcome", "What moderation made of the comments", List.of("Outcome", "Comments", "Reason"),
        List.of(false, true, false), rows, InsightPaths.reactionsCsv(reaction.article().id(), "outcome"));
  }

  static DataTable languages(Reaction reaction) {
    long all = reaction.counts().written();
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    for (Reaction.LanguageCount language : reaction.languages()) {
      double share = all == 0 ? 0 : (double) language.comments() / all;
      rows.add(List.of(DataTable.Cell.text(language.language().label()), DataTable.Cell.number(language.comments()),
          new DataTable.Cell(Scale.percent(share), String.format(java.util.Locale.ROOT, "%.4f", share), null)));
    }
    return new DataTable("languages", "The languages readers wrote in", List.of("Language", "Comments", "Share"),
        List.of(false, true, true), rows, InsightPaths.reactionsCsv(reaction.article().id(), "languages"));
  }

  /** The start of a comment, cut at a word near {@value #EXCERPT} characters. */
  static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= EXCERPT) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', EXCERPT);
    return flat.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).strip() + "…";
  }
}

package news.broadsheet.web.staff.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.broadsheet.comment.Comment;
import news.broadsheet.insight.Reaction;
import news.broadsheet.web.page.Paths;

/** What readers talk about: each phrase with the comments that show it. */
final class ReactionPhrases {

  static final int AROUND = 90;

  private ReactionPhrases() {}

  static List<ReactionPage.PhraseView> views(Reaction reaction) {
    String story = Paths.story(reaction.article());
    List<ReactionPage.PhraseView> views = new ArrayList<>();
    for (Reaction.Phrase phrase : reaction.phrases()) {
      List<ReactionPage.Example> examples = new ArrayList<>();
      for (Comment comment : phrase.examples()) {
        examples.add(example(comment, phrase.text(), Paths.comment(story, comment.id())));
      }
      views.add(new ReactionPage.PhraseView(phrase.text(), "in " + Wording.count(phrase.comments(), "comment", "comments"),
          examples));
    }
    return views;
  }

  static String note(Reaction reaction) {
    return "Words and pairs of words that readers of this story used more than the rest of the site does (the words"
        + " of up to 3,000 of its comments), scored by the weighted log-odds ratio; each in two comments or more.";
  }

  static DataTable table(Reaction reaction) {
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    for (Reaction.Phrase phrase : reaction.phrases()) {
      rows.add(List.of(DataTable.Cell.text(phrase.text()), DataTable.Cell.number(phrase.comments()),
          new DataTable.Cell(String.format(Locale.ROOT, "%.2f", phrase.score()), String.format(Locale.ROOT, "%.4f", phrase.score()),
              null)));
    }
    return new DataTable("phrases", "Phrases distinctive to this discussion", List.of("Phrase", "Comments", "Score (z)"),
        List.of(false, true, true), rows, InsightPaths.reactionsCsv(reaction.article().id(), "phrases"));
  }

  /** An excerpt of the comment around the phrase's first appearance, the phrase apart to be marked. */
  static ReactionPage.Example example(Comment comment, String phrase, String href) {
    String text = comment.text().replaceAll("\\s+", " ").strip();
    int at = text.toLowerCase(Locale.ROOT).indexOf(phrase.toLowerCase(Locale.ROOT));
    String name = comment.name();
    String time = ReactionPages.time(comment);
    if (at < 0) {
      return new ReactionPage.Example(name, time, href, ReactionTables.excerpt(text), "", "");
    }
    int from = Math.max(0, at - AROUND);
    int to = Math.min(text.length(), at + phrase.length() + AROUND);
    String before = (from > 0 ? "…" : "") + text.substring(from, at);
    String after = text.substring(at + phrase.length(), to) + (to < text.length() ? "…" : "");
    return new ReactionPage.Example(name, time, href, before, text.substring(at, at + phrase.length()), after);
  }
}

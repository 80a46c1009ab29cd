package news.broadsheet.web.staff.insight;

import java.util.List;
import java.util.Optional;
import news.broadsheet.web.staff.StaffFrame;

/**
 * How readers reacted to one story ({@code admin/reactions.jte}).
 *
 * @param summary the discussion in one sentence: how many comments, by how many, between when
 * @param phrasesNote what the phrases are measured against
 */
public record ReactionPage(
    StaffFrame frame,
    String headline,
    String storyHref,
    String byline,
    String summary,
    List<Stat> stats,
    Figure overTime,
    DataTable mostRecommended,
    DataTable outcome,
    DataTable languages,
    List<PhraseView> phrases,
    String phrasesNote,
    DataTable phraseTable,
    String queueHref) {

  /** A phrase with the comments that show how it is used. */
  public record PhraseView(String text, String comments, List<Example> examples) {}

  /**
   * A comment that holds a phrase: who, when, and an excerpt with the phrase marked (when it is
   * written as shown).
   */
  public record Example(String name, String time, String href, String before, String match, String after) {}

  public List<DataTable> tables() {
    return List.of(overTime.table(), mostRecommended, outcome, languages, phraseTable);
  }

  public Optional<DataTable> table(String id) {
    return tables().stream().filter(table -> table.id().equals(id)).findFirst();
  }
}

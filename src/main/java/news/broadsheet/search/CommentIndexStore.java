package news.broadsheet.search;

import java.util.List;

/**
 * The moderators' side of the index: which comments have some words, or are by some name, for the
 * moderation queue's filters. Words are read as the reader's search reads them (the same folding,
 * English inflections, other spellings of romanised and Urdu words, "quoted phrases", -word), and
 * names as its author filter does.
 *
 * <p>A comment is found whatever its status: its document is in the readers' part of the index
 * while readers may see it, and in the staff's part otherwise (pending, held, rejected, or on a
 * story readers may not see). Only the queue reads the staff's part; the reader's search never
 * does ({@link SearchService}).
 */
public final class CommentIndexStore {

  private final boolean sqlite;

  public CommentIndexStore(boolean sqlite) {
    this.sqlite = sqlite;
  }

  /**
   * Checks words a moderator typed: a {@link SearchException} says what to change (only words to
   * leave out, too many words).
   */
  public static void check(String words) {
    ParsedQuery.parse(words);
  }

  /**
   * A subquery of the ids of the comments whose text has the words, adding its arguments.
   *
   * @param hiddenOnly whether only comments readers may not see can be wanted (pending or rejected
   *     ones): then the readers' part of the index is not read
   */
  public String idsWithWords(String words, boolean hiddenOnly, List<Object> arguments) {
    Match match = new Match(ParsedQuery.parse(words), Match.VARIANTS, List.of(), false);
    return ids(sqlite ? Fts5Query.inAnySpelling(match) : TsQuery.inAnySpelling(match), hiddenOnly, arguments);
  }

  /**
   * A subquery of the ids of the comments posted under the name (case, accents, spaces and
   * punctuation aside: "ayesha khan" is "Ayesha Khan"), adding its arguments; null for a name
   * with no letter or digit, which no comment has.
   */
  public String idsByName(String name, boolean hiddenOnly, List<Object> arguments) {
    String facet = Facets.author(name);
    if (facet == null) {
      return null;
    }
    return ids(sqlite ? "facets : \"" + facet + "\"" : TsQuery.lexeme(TsQuery.FACET + facet), hiddenOnly, arguments);
  }

  private String ids(String query, boolean hiddenOnly, List<Object> arguments) {
    String found = sqlite
        ? "SELECT rowid FROM search_staff WHERE search_staff MATCH ?"
            + (hiddenOnly ? "" : " UNION ALL SELECT rowid FROM search_public WHERE search_public MATCH ?")
        : "SELECT id FROM search_documents WHERE NOT visible AND terms @@ CAST(? AS tsquery)"
            + (hiddenOnly ? "" : " UNION ALL SELECT id FROM search_documents WHERE visible AND terms @@ CAST(? AS tsquery)");
    arguments.add(query);
    if (!hiddenOnly) {
      arguments.add(query);
    }
    return "SELECT item_id FROM search_documents WHERE kind = 'comment' AND id IN (" + found + ")";
  }
}

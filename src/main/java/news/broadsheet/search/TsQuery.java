package news.broadsheet.search;

import java.util.stream.Collectors;

/**
 * A {@link Match} as a PostgreSQL tsquery, written out whole (no parser): words are plain
 * lexemes, variant keys {@code ~key} and facets {@code =facet}, as in the documents' tsvectors.
 */
final class TsQuery {

  static final String VARIANT = "~";
  static final String FACET = "=";

  private TsQuery() {}

  static String of(Match match) {
    String exact = all(match, false);
    return of(match, match.tier() == Match.EXACT ? exact : "(" + all(match, true) + ") & !(" + exact + ")");
  }

  /** The match in every tier at once: each word in its own spelling or another. */
  static String inAnySpelling(Match match) {
    return of(match, all(match, true));
  }

  private static String of(Match match, String found) {
    StringBuilder query = new StringBuilder("(").append(found).append(")");
    for (String facet : match.facets()) {
      query.append(" & ").append(lexeme(FACET + facet));
    }
    for (Clause clause : match.query().excluded()) {
      query.append(" & !").append(clause(clause, false, match.byPairs()));
    }
    return query.toString();
  }

  private static String all(Match match, boolean variants) {
    return match.query().required().stream().map(c -> clause(c, variants, match.byPairs())).collect(Collectors.joining(" & "));
  }

  private static String clause(Clause clause, boolean variants, boolean byPairs) {
    String words = byPairs && clause.isPhrase() ? byPairs(clause)
        : clause.terms().stream().map(TsQuery::lexeme).collect(Collectors.joining(" <-> ", "(", ")"));
    String variant = clause.variant();
    return variants && variant != null ? "(" + words + " | " + lexeme(VARIANT + variant) + ")" : words;
  }

  /**
   * A phrase by its pair lexemes: two words are their pair (no positions to check); longer phrases
   * must also have their words in a row, checked only in the few documents with all their pairs.
   */
  private static String byPairs(Clause phrase) {
    String pairs = phrase.pairs().stream().map(TsQuery::lexeme).collect(Collectors.joining(" & "));
    return "(" + pairs + (phrase.words().size() > 2
        ? " & " + phrase.terms().stream().map(TsQuery::lexeme).collect(Collectors.joining(" <-> ", "(", ")")) : "") + ")";
  }

  /** A quoted lexeme; terms hold letters, digits and the two prefixes only, but quote anyway. */
  static String lexeme(String term) {
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}

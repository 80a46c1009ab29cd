package news.broadsheet.search;

import java.util.List;
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
    String exact = all(match.query().required(), false);
    return of(match, match.tier() == Match.EXACT ? exact : "(" + all(match.query().required(), true) + ") & !(" + exact + ")");
  }

  /** The match in every tier at once: each word in its own spelling or another. */
  static String inAnySpelling(Match match) {
    return of(match, all(match.query().required(), true));
  }

  private static String of(Match match, String found) {
    StringBuilder query = new StringBuilder("(").append(found).append(")");
    for (String facet : match.facets()) {
      query.append(" & ").append(lexeme(FACET + facet));
    }
    for (Clause clause : match.query().excluded()) {
      query.append(" & !").append(clause(clause, false));
    }
    return query.toString();
  }

  private static String all(List<Clause> clauses, boolean variants) {
    return clauses.stream().map(c -> clause(c, variants)).collect(Collectors.joining(" & "));
  }

  private static String clause(Clause clause, boolean variants) {
    String words = clause.terms().stream().map(TsQuery::lexeme).collect(Collectors.joining(" <-> ", "(", ")"));
    String variant = clause.variant();
    return variants && variant != null ? "(" + words + " | " + lexeme(VARIANT + variant) + ")" : words;
  }

  /** A quoted lexeme; terms hold letters, digits and the two prefixes only, but quote anyway. */
  static String lexeme(String term) {
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}

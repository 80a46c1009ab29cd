package news.broadsheet.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link Match} in SQLite FTS5's query language, over the columns {@code words},
 * {@code variants} and {@code facets}. Terms are quoted strings; no term holds a quote.
 */
final class Fts5Query {

  private Fts5Query() {}

  static String of(Match match) {
    String exact = all(match, false);
    return of(match, match.tier() == Match.EXACT ? exact : "(" + all(match, true) + ") NOT (" + exact + ")");
  }

  /** The match in every tier at once: each word in its own spelling or another. */
  static String inAnySpelling(Match match) {
    return of(match, all(match, true));
  }

  private static String of(Match match, String found) {
    StringBuilder query = new StringBuilder("(").append(found).append(")");
    for (String facet : match.facets()) {
      query.append(" AND facets : ").append(quoted(facet));
    }
    List<Clause> excluded = match.query().excluded();
    if (!excluded.isEmpty()) {
      query.insert(0, "(").append(") NOT (")
          .append(excluded.stream().map(c -> clause(c, false, match.byPairs())).collect(Collectors.joining(" OR "))).append(")");
    }
    return query.toString();
  }

  private static String all(Match match, boolean variants) {
    return match.query().required().stream().map(c -> clause(c, variants, match.byPairs())).collect(Collectors.joining(" AND "));
  }

  private static String clause(Clause clause, boolean variants, boolean byPairs) {
    String words = byPairs && clause.isPhrase() ? byPairs(clause) : "words : " + quoted(String.join(" ", clause.terms()));
    String variant = clause.variant();
    return variants && variant != null ? "(" + words + " OR variants : " + quoted(variant) + ")" : words;
  }

  /**
   * A phrase by its pair terms (kept in the variants column): two words are their pair; longer
   * phrases must also have their words in a row, among the few documents with all their pairs.
   */
  private static String byPairs(Clause phrase) {
    String pairs = phrase.pairs().stream().map(p -> "variants : " + quoted(p)).collect(Collectors.joining(" AND "));
    return "(" + pairs + (phrase.words().size() > 2 ? " AND words : " + quoted(String.join(" ", phrase.terms())) : "") + ")";
  }

  private static String quoted(String terms) {
    return '"' + terms + '"';
  }
}

package news.broadsheet.search;

import news.broadsheet.text.TextFolding;

/**
 * The filters a document can be found by, written as index terms: its kind, its story's source
 * and section, and its authors (a story's byline names, a comment's commenter). Names match whatever their
 * case, accents, spaces and punctuation ("DAWN.COM" and "dawn com" are one source).
 */
final class Facets {

  private Facets() {}

  static String kind(DocumentKind kind) {
    return "k" + kind.code();
  }

  /** The facet of a source, or null for a name with no letter or digit. */
  static String source(String source) {
    return facet('s', source);
  }

  /** The facet of a section, by its id (a section's name and address name can change). */
  static String section(long sectionId) {
    return "n" + sectionId;
  }

  /** The facet of an author, or null for a name with no letter or digit. */
  static String author(String name) {
    return facet('a', name);
  }

  private static String facet(char prefix, String name) {
    if (name == null) {
      return null;
    }
    String folded = TextFolding.fold(name);
    StringBuilder facet = new StringBuilder().append(prefix);
    folded.codePoints().filter(Character::isLetterOrDigit).limit(Analyzer.MAX_WORD_LENGTH).forEach(facet::appendCodePoint);
    return facet.length() > 1 ? facet.toString() : null;
  }
}

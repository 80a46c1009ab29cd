package news.broadsheet.insight;

/** The language a comment is written in, as the reaction page counts them. */
public enum Language {
  ENGLISH("English"),
  URDU("Urdu script"),
  ROMAN_URDU("Romanised Urdu"),
  MIXED("Mixed"),
  /** No words to tell by: numbers, symbols, emoji. */
  NONE("No words");

  private final String label;

  Language(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

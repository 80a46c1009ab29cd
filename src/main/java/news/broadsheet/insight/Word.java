package news.broadsheet.insight;

/**
 * One word of a comment as the reactions read it.
 *
 * @param folded the word folded as moderation and search fold it (lower case, one letter for each
 *     family of Urdu variants)
 * @param shown the word as written
 * @param acronym whether it is written in capitals (2 to 6 letters) in a text that is not all
 *     capitals: "US", "CPEC", kept apart from the word "us"
 * @param sentence the number of the sentence it is in: phrases of two words never span two
 */
record Word(String folded, String shown, boolean acronym, int sentence) {

  /** Whether the word is written in Latin letters (and digits or apostrophes). */
  boolean isLatin() {
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '\'') {
        return false;
      }
    }
    return true;
  }

  /** Whether the word is written in the Arabic script (Urdu). */
  boolean isArabicScript() {
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.ARABIC) {
        return false;
      }
    }
    return true;
  }

  boolean isNumber() {
    return folded.chars().allMatch(Character::isDigit);
  }
}

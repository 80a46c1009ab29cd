package news.broadsheet.insight;

import java.util.List;

/**
 * Tells the language of a comment: English, Urdu in its own script, Urdu in Latin letters
 * (romanised), or a mix of English and Urdu. Words in the Arabic script are Urdu; among Latin
 * words, the common words of each language count as votes (a word both share, as "to" or "main",
 * counts for neither), and beside Urdu script every Latin word that is not Urdu counts as English;
 * a Latin text with no vote either way is English. A text is mixed when the smaller side has at
 * least {@value #MIXED_MIN_WORDS} words and a quarter of the votes.
 */
final class LanguageClassifier {

  static final int MIXED_MIN_WORDS = 2;
  static final double MIXED_SHARE = 0.25;

  private LanguageClassifier() {}

  static Language classify(String text) {
    return classify(Words.of(text));
  }

  static Language classify(List<Word> words) {
    int urduScript = 0;
    int english = 0;
    int romanUrdu = 0;
    int latin = 0;
    for (Word word : words) {
      if (word.isNumber()) {
        continue;
      }
      if (word.isArabicScript()) {
        urduScript++;
      } else if (word.isLatin()) {
        latin++;
        boolean isEnglish = word.acronym() || Lexicon.ENGLISH.contains(word.folded());
        boolean isUrdu = !word.acronym() && Lexicon.ROMAN_URDU.contains(word.folded());
        english += isEnglish && !isUrdu ? 1 : 0;
        romanUrdu += isUrdu && !isEnglish ? 1 : 0;
      }
    }
    if (urduScript == 0 && latin == 0) {
      return Language.NONE;
    }
    int unknownLatin = latin - english - romanUrdu;
    int englishSide = english + (urduScript > 0 ? unknownLatin : 0);
    int urduSide = urduScript + romanUrdu;
    if (mixed(englishSide, urduSide)) {
      return Language.MIXED;
    }
    if (urduSide > englishSide) {
      return urduScript >= romanUrdu ? Language.URDU : Language.ROMAN_URDU;
    }
    return Language.ENGLISH;
  }

  /** Whether both sides are large enough for the text to count as a mix of the two. */
  private static boolean mixed(int english, int urdu) {
    int smaller = Math.min(english, urdu);
    return smaller >= MIXED_MIN_WORDS && smaller >= MIXED_SHARE * (english + urdu);
  }
}

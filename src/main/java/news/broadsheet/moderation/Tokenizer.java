package news.broadsheet.moderation;

import news.broadsheet.text.TextFolding;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into words, undoing the simple evasions: look-alike digits and symbols
 * ("1d10t", "@ss", "$h!t"), dots, dashes or stars inside a word ("i.d.i.o.t", "id-iot", "f*ck")
 * and letters spaced out one by one ("i d i o t").
 */
final class Tokenizer {

  /** Letters spaced out one by one are read as one word from this many letters on. */
  static final int SPACED_LETTERS = 3;

  private Tokenizer() {}

  /** Folds and splits a text. */
  static TokenizedText tokenize(String text) {
    return split(TextFolding.fold(text));
  }

  static TokenizedText split(String folded) {
    List<Token> words = new ArrayList<>();
    List<Token> joined = new ArrayList<>();
    List<Boolean> alone = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean inPiece = i < folded.length() && isPieceChar(folded.charAt(i));
      if (inPiece && start < 0) {
        start = i;
      } else if (!inPiece && start >= 0) {
        addPiece(folded.substring(start, i), words, joined, alone);
        start = -1;
      }
    }
    addSpacedLetters(words, alone, joined);
    return new TokenizedText(words, joined);
  }

  private static void addPiece(String piece, List<Token> words, List<Token> joined, List<Boolean> alone) {
    String trimmed = trim(piece);
    if (trimmed.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    StringBuilder whole = new StringBuilder();
    int partStart = -1;
    for (int i = 0; i <= trimmed.length(); i++) {
      boolean joiner = i == trimmed.length() || isJoiner(trimmed.charAt(i));
      if (!joiner && partStart < 0) {
        partStart = i;
      } else if (joiner && partStart >= 0) {
        parts.add(trimmed.substring(partStart, i));
        whole.append(trimmed, partStart, i);
        partStart = -1;
      }
    }
    for (String part : parts) {
      words.add(new Token(readLookAlikes(part), part));
      alone.add(parts.size() == 1);
    }
    if (parts.size() > 1) {
      joined.add(new Token(readLookAlikes(whole.toString()), trimmed));
    }
  }

  private static void addSpacedLetters(List<Token> words, List<Boolean> alone, List<Token> joined) {
    int run = 0;
    for (int i = 0; i <= words.size(); i++) {
      boolean single = i < words.size() && alone.get(i) && isSingleLetter(words.get(i).shown());
      if (single) {
        run++;
        continue;
      }
      if (run >= SPACED_LETTERS) {
        StringBuilder letters = new StringBuilder();
        StringBuilder shown = new StringBuilder();
        for (Token token : words.subList(i - run, i)) {
          letters.append(token.shown());
          shown.append(shown.length() == 0 ? "" : " ").append(token.shown());
        }
        joined.add(new Token(readLookAlikes(letters.toString()), shown.toString()));
      }
      run = 0;
    }
  }

  private static boolean isSingleLetter(String word) {
    return word.codePointCount(0, word.length()) == 1
        && (Character.isLetter(word.codePointAt(0)) || lookAlike(word.charAt(0)) != 0);
  }

  /**
   * Reads digits and symbols that stand in for letters, but only in a word that has letters (so
   * "2018" stays a number) or that is made of symbols alone ("@$$").
   */
  static String readLookAlikes(String word) {
    boolean letters = false;
    boolean symbolsOnly = word.length() > 1;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      letters |= Character.isLetter(c);
      symbolsOnly &= c == '@' || c == '$';
    }
    if (!letters && !symbolsOnly) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char letter = lookAlike(c);
      out.append(letter == 0 ? c : letter);
    }
    return out.toString();
  }

  static char lookAlike(char c) {
    return switch (c) {
      case '0' -> 'o';
      case '1', '!', '|' -> 'i';
      case '3' -> 'e';
      case '4', '@' -> 'a';
      case '5', '$' -> 's';
      case '7' -> 't';
      case '8' -> 'b';
      default -> 0;
    };
  }

  static boolean isPieceChar(char c) {
    return Character.isLetterOrDigit(c) || lookAlike(c) != 0 || isJoiner(c);
  }

  /**
   * Characters that join the parts of one word: "i.d.i.o.t", "id-iot", "f*ck". An apostrophe
   * splits ("who're" is not "whore").
   */
  private static boolean isJoiner(char c) {
    return c == '.' || c == '-' || c == '_' || c == '*' || c == '~' || c == '·' || c == '•'
        || c == '/' || c == '+';
  }

  /** Drops joiners and sentence punctuation ("!" "|") from the ends of a piece. */
  private static String trim(String piece) {
    int from = 0;
    int to = piece.length();
    while (from < to && isEdge(piece.charAt(from))) {
      from++;
    }
    while (to > from && isEdge(piece.charAt(to - 1))) {
      to--;
    }
    return piece.substring(from, to);
  }

  private static boolean isEdge(char c) {
    return isJoiner(c) || c == '!' || c == '|';
  }
}

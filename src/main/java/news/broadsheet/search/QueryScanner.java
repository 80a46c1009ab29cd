package news.broadsheet.search;

import java.util.List;

/** Reads the words, phrases and minus signs of what a reader typed. */
final class QueryScanner {

  interface Sink {
    void clause(Clause clause, boolean negated);
  }

  private QueryScanner() {}

  static void scan(String text, Sink sink) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
      int start = negated ? i + 1 : i;
      boolean quoted = start < text.length() && isQuote(text.charAt(start));
      int end = quoted ? closingQuote(text, start + 1) : endOfToken(text, start);
      String piece = quoted ? text.substring(start + 1, end) : text.substring(start, end);
      List<Word> words = Analyzer.words(piece);
      if (!words.isEmpty()) {
        sink.clause(new Clause(words, quoted), negated);
      }
      i = quoted ? Math.min(end + 1, text.length()) : end;
    }
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }

  private static int closingQuote(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (isQuote(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }

  private static int endOfToken(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && !isQuote(text.charAt(i))) {
      i++;
    }
    return i;
  }
}

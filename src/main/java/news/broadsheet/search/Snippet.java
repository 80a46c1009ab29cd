package news.broadsheet.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A short passage of a text around the words searched for, as plain text with the places of
 * those words; whoever shows it escapes the text and marks the places.
 */
public record Snippet(String text, List<Highlight> highlights) {

  static final int LENGTH = 240;
  private static final int WORDS_BEFORE = 8;

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /**
   * The passage of the text that has the most of the clauses, marked: a short text whole, a long
   * one from a little before the best place, or its end when the best place is near the end.
   */
  static Snippet of(String text, Match match) {
    List<Word> words = Analyzer.words(text);
    boolean variants = match.tier() == Match.VARIANTS;
    List<int[]> found = new ArrayList<>(); // word index, words long, clause
    List<Clause> clauses = match.query().required();
    for (int i = 0; i < words.size(); i++) {
      for (int c = 0; c < clauses.size(); c++) {
        if (Ranking.at(clauses.get(c), words, i, variants) > 0) {
          found.add(new int[] {i, clauses.get(c).words().size(), c});
        }
      }
    }
    int from = words.isEmpty() ? 0 : Math.min(words.get(bestStart(words, found)).start(), fullLengthStart(words, text.length()));
    int to = Math.min(text.length(), from + LENGTH);
    if (to < text.length()) {
      to = lastWordEnd(words, from, to);
    }
    List<Highlight> highlights = new ArrayList<>();
    String prefix = from > 0 ? "… " : "";
    for (int[] hit : found) {
      int start = words.get(hit[0]).start();
      int end = words.get(hit[0] + hit[1] - 1).end();
      if (start >= from && end <= to) {
        highlights.add(new Highlight(start - from + prefix.length(), end - from + prefix.length()));
      }
    }
    String passage = prefix + text.substring(from, to).replaceAll("\\s", " ") + (to < text.length() ? " …" : "");
    return new Snippet(passage, merged(highlights));
  }

  /** The word to start at: a little before the found word whose passage holds the most clauses. */
  private static int bestStart(List<Word> words, List<int[]> found) {
    int best = 0;
    int bestCount = -1;
    for (int[] hit : found) {
      int start = Math.max(0, hit[0] - WORDS_BEFORE);
      long count = found.stream()
          .filter(other -> other[0] >= start && words.get(other[0]).end() - words.get(start).start() <= LENGTH)
          .mapToInt(other -> other[2]).distinct().count();
      if (count > bestCount) {
        best = start;
        bestCount = (int) count;
      }
    }
    return best;
  }

  /** The start of the first word of the text's last {@value #LENGTH} characters: 0 for a short text. */
  private static int fullLengthStart(List<Word> words, int textLength) {
    int earliest = textLength - LENGTH;
    if (earliest <= 0) {
      return 0;
    }
    for (Word word : words) {
      if (word.start() >= earliest) {
        return word.start();
      }
    }
    return textLength;
  }

  private static int lastWordEnd(List<Word> words, int from, int limit) {
    int end = from;
    for (Word word : words) {
      if (word.start() >= from && word.end() <= limit) {
        end = word.end();
      }
    }
    return end > from ? end : limit;
  }

  private static List<Highlight> merged(List<Highlight> highlights) {
    List<Highlight> sorted = new ArrayList<>(highlights);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Highlight> merged = new ArrayList<>();
    for (Highlight h : sorted) {
      Highlight last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && h.start() <= last.end()) {
        merged.set(merged.size() - 1, new Highlight(last.start(), Math.max(last.end(), h.end())));
      } else {
        merged.add(h);
      }
    }
    return merged;
  }
}

package news.broadsheet.insight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import news.broadsheet.text.TextFolding;

/**
 * A language's common words, read from a list of our own ({@code insight/*.txt}, one word a line,
 * {@code #} comments): the words a language classifier counts, and among them the stop words
 * (marked {@code *}) that phrases leave out. Words are folded as text is.
 */
record Lexicon(Set<String> words, Set<String> stopWords) {

  static final Lexicon ENGLISH = read("english.txt");
  static final Lexicon ROMAN_URDU = read("roman-urdu.txt");
  static final Lexicon URDU = read("urdu.txt");

  Lexicon {
    words = Set.copyOf(words);
    stopWords = Set.copyOf(stopWords);
  }

  boolean contains(String folded) {
    return words.contains(folded);
  }

  /** Whether a folded word is a stop word of any of the languages. */
  static boolean isStopWord(String folded) {
    return ENGLISH.stopWords.contains(folded) || ROMAN_URDU.stopWords.contains(folded) || URDU.stopWords.contains(folded);
  }

  static Lexicon read(String name) {
    Set<String> words = new HashSet<>();
    Set<String> stop = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream("/insight/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the word list insight/" + name + " is missing from the build");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        boolean isStop = entry.endsWith("*");
        String word = TextFolding.fold(isStop ? entry.substring(0, entry.length() - 1) : entry);
        words.add(word);
        if (isStop) {
          stop.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list insight/" + name, e);
    }
    return new Lexicon(words, stop);
  }
}

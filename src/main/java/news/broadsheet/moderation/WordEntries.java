package news.broadsheet.moderation;

import news.broadsheet.text.TextFolding;

/**
 * Checks a word or phrase for the word lists and gives its canonical form, the form that is
 * stored and listed: folded to lower case, look-alikes read as letters, joiners removed
 * ("I.D.I.O.T" → "idiot", "حرام  زادہ" → "حرام زادہ").
 */
public final class WordEntries {

  public static final int MAX_LENGTH = 60;
  public static final int MAX_WORDS = 5;

  private WordEntries() {}

  /**
   * The canonical form of an entry.
   *
   * @throws ModerationException when the entry is empty, too long, on several lines, has no
   *     letters or too many words
   */
  public static String canonical(String entry) {
    String text = entry == null ? "" : entry.strip();
    if (text.isEmpty()) {
      throw new ModerationException("a word cannot be empty");
    }
    if (text.contains("\n") || text.contains("\r")) {
      throw new ModerationException("a word must fit on one line");
    }
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      throw new ModerationException(
          "'" + text.substring(0, 20) + "…' is too long: a word or phrase has at most " + MAX_LENGTH + " characters");
    }
    String[] chunks = TextFolding.fold(text).strip().split("\\s+");
    if (chunks.length > MAX_WORDS) {
      throw new ModerationException("'" + text + "' has " + chunks.length + " words; a phrase has at most " + MAX_WORDS);
    }
    StringBuilder canonical = new StringBuilder();
    for (String chunk : chunks) {
      canonical.append(canonical.length() == 0 ? "" : " ").append(word(chunk, text));
    }
    return canonical.toString();
  }

  private static String word(String chunk, String entry) {
    if (chunk.chars().anyMatch(c -> !Tokenizer.isPieceChar((char) c))) {
      throw new ModerationException("'" + entry + "' has characters that split words; give letters only");
    }
    TokenizedText split = Tokenizer.split(chunk);
    String word = split.words().size() == 1 ? split.words().get(0).text()
        : split.joined().isEmpty() ? "" : split.joined().get(0).text();
    if (word.codePoints().noneMatch(Character::isLetter)) {
      throw new ModerationException("'" + entry + "' has no letters");
    }
    return word;
  }
}

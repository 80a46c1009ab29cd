package news.broadsheet.moderation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the entries of the word lists in a text, by whole words: "class" never matches "ass".
 * A comment's word matches an entry word when it has the same letters, each repeated at least as
 * often, or the same {@link PhoneticKey}; English plurals count ("idiots"). An entry of several
 * words matches those words in a row. Evasions the {@link Tokenizer} pieces together ("i.d.i.o.t",
 * "i d i o t") are matched against one-word entries.
 */
final class WordMatcher {

  /** One entry of a list, as its words. */
  record Entry(String text, WordList list, List<WordForm> words) {}

  /** An entry found in a text, with the words that spelled it. */
  record Match(Entry entry, String found) {}

  static final WordMatcher EMPTY = new WordMatcher(Map.of());

  private final Map<String, List<Entry>> byRuns = new HashMap<>();
  private final Map<String, List<Entry>> byPhonetic = new HashMap<>();
  private final int size;

  /** @param entries canonical entries (see {@link WordEntries}) and their lists */
  WordMatcher(Map<String, WordList> entries) {
    entries.forEach(
        (text, list) -> {
          List<WordForm> words = new ArrayList<>();
          for (String word : text.split(" ")) {
            words.add(WordForm.of(word));
          }
          Entry entry = new Entry(text, list, List.copyOf(words));
          byRuns.computeIfAbsent(words.get(0).runs(), k -> new ArrayList<>()).add(entry);
          if (words.get(0).phonetic() != null) {
            byPhonetic.computeIfAbsent(words.get(0).phonetic(), k -> new ArrayList<>()).add(entry);
          }
        });
    this.size = entries.size();
  }

  int size() {
    return size;
  }

  /** The entries found in the text, each once, in the order first found. */
  List<Match> find(TokenizedText text) {
    if (size == 0) {
      return List.of();
    }
    Map<Entry, Match> found = new LinkedHashMap<>();
    List<List<WordForm>> words = new ArrayList<>(text.words().size());
    for (Token token : text.words()) {
      words.add(variants(token.text()));
    }
    for (int i = 0; i < words.size(); i++) {
      for (Entry entry : candidates(words.get(i))) {
        if (!found.containsKey(entry) && matchesAt(entry, words, i)) {
          found.put(entry, new Match(entry, shown(text.words(), i, entry.words().size())));
        }
      }
    }
    for (Token token : text.joined()) {
      List<WordForm> variants = variants(token.text());
      for (Entry entry : candidates(variants)) {
        if (entry.words().size() == 1 && !found.containsKey(entry) && spells(variants, entry.words().get(0))) {
          found.put(entry, new Match(entry, token.shown()));
        }
      }
    }
    return List.copyOf(found.values());
  }

  private List<Entry> candidates(List<WordForm> variants) {
    List<Entry> candidates = new ArrayList<>();
    for (WordForm variant : variants) {
      candidates.addAll(byRuns.getOrDefault(variant.runs(), List.of()));
      if (variant.phonetic() != null) {
        candidates.addAll(byPhonetic.getOrDefault(variant.phonetic(), List.of()));
      }
    }
    return candidates;
  }

  private static boolean matchesAt(Entry entry, List<List<WordForm>> words, int at) {
    if (at + entry.words().size() > words.size()) {
      return false;
    }
    for (int k = 0; k < entry.words().size(); k++) {
      if (!spells(words.get(at + k), entry.words().get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean spells(List<WordForm> variants, WordForm entryWord) {
    for (WordForm variant : variants) {
      if (variant.spells(entryWord)) {
        return true;
      }
    }
    return false;
  }

  private static List<WordForm> variants(String word) {
    WordForm form = WordForm.of(word);
    WordForm singular = form.singular();
    WordForm singularOfEs = form.singularOfEs();
    if (singular == null) {
      return List.of(form);
    }
    return singularOfEs == null ? List.of(form, singular) : List.of(form, singular, singularOfEs);
  }

  private static String shown(List<Token> tokens, int from, int count) {
    StringBuilder shown = new StringBuilder();
    for (Token token : tokens.subList(from, from + count)) {
      shown.append(shown.length() == 0 ? "" : " ").append(token.shown());
    }
    return shown.toString();
  }
}

package news.broadsheet.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.storage.Change;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;

/** The banned and suspect word lists: edited by admins, read by screening. */
public final class WordListService {

  private final Database database;
  private final WordStore store;
  private final Clock clock;
  private final Reloading<WordMatcher> matcher;

  public WordListService(Database database, WordStore store, Clock clock) {
    this.database = database;
    this.store = store;
    this.clock = clock;
    this.matcher = new Reloading<>(() -> compile(all()));
    database.changes().on(ChangeKind.WORD_LISTS, change -> matcher.invalidate());
    database.changes().onCatchUp(matcher::invalidate);
  }

  /** Every entry and its list, alphabetically within each list. */
  public Map<String, WordList> all() {
    return database.read(store::all);
  }

  /** The entries of one list, alphabetically. */
  public List<String> list(WordList list) {
    List<String> words = new ArrayList<>();
    all().forEach((word, on) -> {
      if (on == list) {
        words.add(word);
      }
    });
    return words;
  }

  /**
   * Puts words on a list (moving them from the other list if there). All are checked before any
   * is stored.
   *
   * @return the canonical forms of the words that were added or moved
   * @throws ModerationException for an empty, over-long or letterless word
   */
  public List<String> add(WordList list, Collection<String> words, String by) {
    List<String> canonical = canonical(words);
    List<String> changed = database.inTransaction(
        handle -> {
          List<String> done = new ArrayList<>();
          for (String word : canonical) {
            if (store.put(handle, word, list, by == null ? "" : by, clock.millis())) {
              done.add(word);
            }
          }
          database.changes().announce(handle, Change.of(ChangeKind.WORD_LISTS));
          return done;
        });
    matcher.invalidate();
    return changed;
  }

  /** Takes words off whichever list has them; returns the canonical forms that were there. */
  public List<String> remove(Collection<String> words) {
    List<String> canonical = canonical(words);
    List<String> removed = database.inTransaction(
        handle -> {
          List<String> done = new ArrayList<>();
          for (String word : canonical) {
            if (store.remove(handle, word)) {
              done.add(word);
            }
          }
          database.changes().announce(handle, Change.of(ChangeKind.WORD_LISTS));
          return done;
        });
    matcher.invalidate();
    return removed;
  }

  /** The lists' entries found in a text. */
  List<WordMatcher.Match> find(Submission submission) {
    return matcher.get().find(submission.tokens());
  }

  /** A matcher for the current lists, for evaluation. */
  WordMatcher matcher() {
    return matcher.get();
  }

  private static List<String> canonical(Collection<String> words) {
    if (words == null || words.isEmpty()) {
      throw new ModerationException("give at least one word");
    }
    List<String> canonical = new ArrayList<>();
    for (String word : words) {
      String form = WordEntries.canonical(word);
      if (!canonical.contains(form)) {
        canonical.add(form);
      }
    }
    return canonical;
  }

  /** Compiles stored entries; an entry stored in a form that is no longer valid is skipped. */
  static WordMatcher compile(Map<String, WordList> entries) {
    Map<String, WordList> valid = new LinkedHashMap<>();
    entries.forEach((word, list) -> {
      try {
        valid.put(WordEntries.canonical(word), list);
      } catch (ModerationException invalid) {
        // not matchable; 'moderation words list' still shows it so that an admin can remove it
      }
    });
    return new WordMatcher(valid);
  }
}

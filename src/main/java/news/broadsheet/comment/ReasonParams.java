package news.broadsheet.comment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Reason} needs besides its kind to be explained: one record per shape, named by
 * {@link ReasonKind#params()}. Values, never words to be parsed back.
 */
public sealed interface ReasonParams {

  /** A kind that says all by itself (a repeated comment, a pre-moderated story). */
  record None() implements ReasonParams {}

  /** A number: readers who reported, first comments of a new commenter that are held. */
  record Count(int count) implements ReasonParams {}

  /** A share in percent: of capital letters, or the classifier's likelihood of a rejection. */
  record Percent(int percent) implements ReasonParams {}

  /** Links found in the text, over the limit the settings allow. */
  record Links(int found, int limit) implements ReasonParams {}

  /** More comments in a minute than the limit, from one account or one connection. */
  record Flood(int perMinute, boolean byAccount) implements ReasonParams {}

  /** Words of a word list found in the text. */
  record Words(List<Word> words) implements ReasonParams {
    public Words {
      words = List.copyOf(words);
    }
  }

  /**
   * One word found: as written in the comment, and the list's entry it matched.
   *
   * @param listed the entry of the list, the same as {@code found} when written as listed
   */
  record Word(String found, String listed) {
    public Word {
      Objects.requireNonNull(found, "found");
      listed = listed == null ? found : listed;
    }
  }

  /** The classifier's likelihood that moderators would reject it, and the words that weighed most. */
  record Classifier(int percent, List<String> terms) implements ReasonParams {
    public Classifier {
      terms = List.copyOf(terms);
    }
  }

  /**
   * A ban or a suspension the commenter is under.
   *
   * @param until when a suspension ends; null for a ban
   * @param why the moderator's reason for it
   */
  record Sanction(Instant until, String why) implements ReasonParams {
    public Sanction {
      Objects.requireNonNull(why, "why");
    }
  }

  /** Words from a person or from an older version: a moderator's reason, the check that failed. */
  record Note(String text) implements ReasonParams {
    public Note {
      Objects.requireNonNull(text, "text");
    }
  }
}

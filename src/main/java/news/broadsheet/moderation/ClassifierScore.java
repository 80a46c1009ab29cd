package news.broadsheet.moderation;

import java.util.List;

/**
 * What the classifier thinks of a text.
 *
 * @param rejectProbability how likely a moderator would reject it, from 0 to 1
 * @param terms the words that weighed most towards reject, strongest first
 */
public record ClassifierScore(double rejectProbability, List<String> terms) {
  public ClassifierScore {
    terms = List.copyOf(terms);
  }
}

package news.broadsheet.article;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The line under a headline: who wrote the story and when it was last updated.
 *
 * @param authors the author names as printed, possibly empty ("Anwar Iqbal", "A and B")
 * @param updatedOn the "Updated" date
 * @param dayZeroPadded whether the day is printed with two digits ("March 03") rather than one ("March 3")
 */
public record Byline(String authors, LocalDate updatedOn, boolean dayZeroPadded) {

  public Byline {
    Objects.requireNonNull(authors, "authors");
    Objects.requireNonNull(updatedOn, "updatedOn");
    // Days 10 to 31 print the same either way; one value keeps equal bylines equal.
    dayZeroPadded = dayZeroPadded || updatedOn.getDayOfMonth() >= 10;
  }

  /** The individual names: the printed text split at commas and "and". */
  public List<String> authorNames() {
    return namesIn(authors);
  }

  /** The names in a printed list of authors, split at commas and "and". */
  public static List<String> namesIn(String authors) {
    return Arrays.stream(authors.split(",|\\band\\b|&"))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .toList();
  }
}

package news.broadsheet.article;

import java.time.LocalDate;
import java.util.Objects;

/** The print-edition line: "Published in Dawn, March 3rd, 2018". */
public record PrintLine(String publication, LocalDate date) {
  public PrintLine {
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(date, "date");
  }
}

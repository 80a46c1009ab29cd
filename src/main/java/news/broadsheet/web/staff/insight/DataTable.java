package news.broadsheet.web.staff.insight;

import java.util.List;

/**
 * A table of numbers as a page shows it ({@code tag/staff/table.jte}) and as it downloads
 * ({@link Csv}): each cell has the words shown and the plain value written to CSV.
 *
 * @param id its name in the download's address ({@code ?format=csv&table=id})
 * @param caption what the table holds
 * @param headings the columns' headings; a heading of a column of numbers is right-aligned
 * @param numeric for each column, whether it holds numbers
 * @param csvHref where it downloads as CSV
 */
public record DataTable(String id, String caption, List<String> headings, List<Boolean> numeric, List<List<Cell>> rows,
    String csvHref) {

  public DataTable {
    headings = List.copyOf(headings);
    numeric = List.copyOf(numeric);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /**
   * One cell.
   *
   * @param shown the words on the page ("1,234", "3 Mar 2018")
   * @param value what the CSV holds (1234, 2018-03-03)
   * @param href a link from the cell, or null
   */
  public record Cell(String shown, String value, String href) {

    public static Cell text(String text) {
      return new Cell(text, text, null);
    }

    public static Cell link(String text, String href) {
      return new Cell(text, text, href);
    }

    public static Cell number(long value) {
      return new Cell(Scale.number(value), Long.toString(value), null);
    }
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The id of the element that labels the table's scrolling frame. */
  public String captionId() {
    return id + "-caption";
  }
}

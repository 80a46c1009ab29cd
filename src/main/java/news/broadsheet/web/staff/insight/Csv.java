package news.broadsheet.web.staff.insight;

import java.util.List;

/**
 * A table as CSV (RFC 4180): a heading row, then a row each, lines ended by CRLF, a field quoted
 * when it holds a comma, a quote or a line break. A field that a spreadsheet would read as a
 * formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is
 * prefixed with an apostrophe, so that a commenter's name or a headline never runs as one. The
 * text begins with a byte-order mark, by which spreadsheets know it is UTF-8 (Urdu text included).
 */
final class Csv {

  static final String BOM = "\uFEFF";

  private Csv() {}

  static String of(DataTable table) {
    StringBuilder out = new StringBuilder(BOM);
    row(out, table.headings());
    for (List<DataTable.Cell> cells : table.rows()) {
      row(out, cells.stream().map(DataTable.Cell::value).toList());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append("\r\n");
  }

  static String field(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}

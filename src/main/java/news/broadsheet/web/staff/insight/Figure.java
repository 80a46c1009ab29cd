package news.broadsheet.web.staff.insight;

/** A chart with its numbers as a table beside it ({@code tag/staff/figure.jte}). */
public record Figure(Chart chart, DataTable table) {}

package news.broadsheet.web.staff.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * A column chart drawn as SVG by {@code tag/staff/chart.jte}: columns of stacked series on a
 * scale from 0 with round ticks, every column labelled below when they fit and every few
 * otherwise. Coordinates are in the SVG's view box ({@value #WIDTH} × {@value #HEIGHT}); the page
 * scales it. The title and description are its text alternative; the numbers are in a table beside
 * it.
 *
 * @param id unique on the page: the SVG's title and description are {@code id-chart-title}, {@code id-chart-desc}
 * @param description one or two sentences that say what the chart shows (the largest column, the total)
 */
public record Chart(
    String id,
    String title,
    String description,
    String xTitle,
    String yTitle,
    List<Series> series,
    List<Rect> rects,
    List<Tick> yTicks,
    List<Tick> xLabels) {

  public static final int WIDTH = 560;
  public static final int HEIGHT = 250;
  public static final int LEFT = 52;
  public static final int RIGHT = 10;
  public static final int TOP = 12;
  public static final int BOTTOM = 52;
  static final int MAX_X_LABELS = 12;
  static final double BAR_SHARE = 0.72;

  /** A series of values stacked in every column, drawn in the style {@code series-N}. */
  public record Series(String name, String style) {}

  /** One stacked piece of a column, with its tooltip. */
  public record Rect(double x, double y, double width, double height, String style, String label) {}

  /** A tick on an axis: where, and its words. */
  public record Tick(double at, String label) {}

  /**
   * One column: its label on the axis (kept for every column, shown when there is room), the words
   * of its tooltip, and its value in each series.
   */
  public record Column(String label, String tooltip, long... values) {}

  public static double plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  public static double plotBottom() {
    return HEIGHT - BOTTOM;
  }

  /** Where the x-axis title goes. */
  public static double xTitleY() {
    return HEIGHT - 8;
  }

  /** Builds the chart's geometry from its columns. */
  public static Chart of(String id, String title, String description, String xTitle, String yTitle,
      List<Series> series, List<Column> columns) {
    long max = 0;
    for (Column column : columns) {
      long total = 0;
      for (long value : column.values()) {
        total += value;
      }
      max = Math.max(max, total);
    }
    long step = Scale.step(max);
    long top = Math.max(step, (max + step - 1) / step * step);
    double plotHeight = plotBottom() - TOP;
    double slot = plotWidth() / Math.max(1, columns.size());
    double barWidth = Math.max(1, slot * BAR_SHARE);
    List<Rect> rects = new ArrayList<>();
    List<Tick> xLabels = new ArrayList<>();
    int every = Math.max(1, (columns.size() + MAX_X_LABELS - 1) / MAX_X_LABELS);
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      double x = LEFT + i * slot + (slot - barWidth) / 2;
      double y = plotBottom();
      for (int s = 0; s < series.size() && s < column.values().length; s++) {
        double height = column.values()[s] * plotHeight / top;
        if (height > 0) {
          y -= height;
          rects.add(new Rect(round(x), round(y), round(barWidth), round(height), series.get(s).style(),
              column.tooltip() + ": " + column.values()[s] + " " + series.get(s).name().toLowerCase(java.util.Locale.ROOT)));
        }
      }
      if (i % every == 0) {
        xLabels.add(new Tick(round(LEFT + i * slot + slot / 2), column.label()));
      }
    }
    List<Tick> yTicks = new ArrayList<>();
    for (long value = 0; value <= top; value += step) {
      yTicks.add(new Tick(round(plotBottom() - value * plotHeight / top), Scale.number(value)));
    }
    return new Chart(id, title, description, xTitle, yTitle, List.copyOf(series), rects, yTicks, xLabels);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** The plot's left edge, for the axis line. */
  public int left() {
    return LEFT;
  }

  public int right() {
    return WIDTH - RIGHT;
  }

  public int top() {
    return TOP;
  }
}

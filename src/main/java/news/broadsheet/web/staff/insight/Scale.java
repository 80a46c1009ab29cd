package news.broadsheet.web.staff.insight;

import java.util.Locale;

/** Round steps for a chart's axis, and numbers as a person reads them. */
final class Scale {

  static final int TICKS = 4;

  private Scale() {}

  /** A step of 1, 2 or 5 times a power of ten that divides 0 to {@code max} into about {@value #TICKS}. */
  static long step(long max) {
    if (max <= TICKS) {
      return 1;
    }
    double rough = (double) max / TICKS;
    long power = (long) Math.pow(10, Math.floor(Math.log10(rough)));
    for (long factor : new long[] {1, 2, 5, 10}) {
      if (factor * power >= rough) {
        return factor * power;
      }
    }
    return 10 * power;
  }

  /** A whole number with thousands separated: "12,345". */
  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A share as a percentage with one decimal: "12.5 %". */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }
}

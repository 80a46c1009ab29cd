package news.broadsheet.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.comment.ReasonKind;

/** The kinds of reasons of held and rejected comments, with the share of comments each rejected. */
final class Reasons {

  private Reasons() {}

  /** @param written every comment written in the same days, for the shares */
  static List<Dashboard.ReasonCount> of(List<DashboardStore.ReasonTotal> totals, long written) {
    Map<String, long[]> byKind = new TreeMap<>();
    for (DashboardStore.ReasonTotal total : totals) {
      long[] counts = byKind.computeIfAbsent(total.kind(), kind -> new long[2]);
      if ("pending".equals(total.status())) {
        counts[0] += total.comments();
      } else if ("rejected".equals(total.status())) {
        counts[1] += total.comments();
      }
    }
    List<Dashboard.ReasonCount> reasons = new ArrayList<>();
    byKind.forEach((code, counts) -> {
      if (counts[0] > 0 || counts[1] > 0) {
        reasons.add(new Dashboard.ReasonCount(code, ReasonKind.fromCode(code).orElse(null), counts[0], counts[1],
            written == 0 ? 0 : (double) counts[1] / written));
      }
    });
    reasons.sort(Comparator.comparingLong((Dashboard.ReasonCount reason) -> -reason.rejected())
        .thenComparingLong(reason -> -reason.held())
        .thenComparing(Dashboard.ReasonCount::code));
    return reasons;
  }
}

package news.broadsheet.insight;

import org.junit.jupiter.api.Test;

class TermsProbeTest {
  @Test
  void probe() {
    System.out.println(PhraseFinder.zScore(12, 400, 0, 576));
    System.out.println(PhraseFinder.zScore(12, 400, 0, 0));
    TermCounts t = new TermCounts();
    System.out.println(t.total());
  }
}

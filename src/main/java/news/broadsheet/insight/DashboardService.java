package news.broadsheet.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.broadsheet.analytics.CorpusStats;
import news.broadsheet.article.ArticleCounts;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * The newsroom's dashboard, read from the aggregates that triggers and imports keep as comments
 * are written and decided: a few hundred rows for any day, however many comments are stored.
 */
public final class DashboardService {

  static final int TOP = 10;

  private final Database database;
  private final DashboardStore store;
  private final ArticleStore articles;
  private final ZoneId newsroomZone;
  private final Clock clock;

  /** @param newsroomZone the zone of days and hours when the stories are in several */
  public DashboardService(Database database, DashboardStore store, ArticleStore articles, ZoneId newsroomZone, Clock clock) {
    this.database = database;
    this.store = store;
    this.articles = articles;
    this.newsroomZone = newsroomZone;
    this.clock = clock;
  }

  /** The zone the dashboard of these stories speaks in: theirs when they share one. */
  public ZoneId zone(String source) {
    List<ZoneId> zones = database.read(handle -> store.zones(handle, source));
    return zones.size() == 1 ? zones.get(0) : newsroomZone;
  }

  /** Today, in the zone the dashboard of these stories speaks in. */
  public LocalDate today(String source) {
    return LocalDate.ofInstant(clock.instant(), zone(source));
  }

  /** Every source of the stories stored, to narrow the dashboard to one. */
  public List<String> sources() {
    return database.read(store::sources);
  }

  public Dashboard dashboard(DashboardQuery query) {
    return database.read(handle -> read(handle, query));
  }

  private Dashboard read(Handle handle, DashboardQuery query) {
    String source = query.source();
    List<ZoneId> zones = store.zones(handle, source);
    ZoneId zone = zones.size() == 1 ? zones.get(0) : newsroomZone;
    List<DashboardStore.SourceDay> sourceDays = store.sourceDays(handle, query.earliest(), query.day());
    Workloads workloads = new Workloads(store.holds(handle,
        query.earliest().atStartOfDay(zone).toInstant().minus(Workloads.ZONE_MARGIN),
        query.day().plusDays(1).atStartOfDay(zone).toInstant().plus(Workloads.ZONE_MARGIN), source), query);
    List<Dashboard.DayCount> days = days(sourceDays, query);
    long written = days.stream().mapToLong(day -> day.counts().written()).sum();
    return new Dashboard(
        query,
        zone,
        zones.size() <= 1,
        archive(handle, store.totals(handle)),
        store.sources(handle),
        store.lastDay(handle, source).orElse(null),
        days,
        hours(handle, query),
        stories(handle, query.day(), query),
        stories(handle, query.weekFrom(), query),
        commenters(handle, query, zone),
        workloads.workload(store.waiting(handle, source)),
        Reasons.of(store.reasons(handle, query.from(), query.day(), source), written),
        bySource(sourceDays, query));
  }

  private CorpusStats archive(Handle handle, Counts comments) {
    ArticleCounts counts = articles.counts(handle);
    return new CorpusStats(counts.articles(), comments.written(), counts.sources(), counts.firstDate(), counts.lastDate());
  }

  private static List<Dashboard.DayCount> days(List<DashboardStore.SourceDay> rows, DashboardQuery query) {
    Map<LocalDate, Counts> byDay = new LinkedHashMap<>();
    for (LocalDate day = query.from(); !day.isAfter(query.day()); day = day.plusDays(1)) {
      byDay.put(day, Counts.NONE);
    }
    for (DashboardStore.SourceDay row : rows) {
      if (byDay.containsKey(row.day()) && (query.source() == null || query.source().equals(row.source()))) {
        byDay.merge(row.day(), row.counts(), Counts::plus);
      }
    }
    List<Dashboard.DayCount> days = new ArrayList<>();
    byDay.forEach((day, counts) -> days.add(new Dashboard.DayCount(day, counts)));
    return days;
  }

  private List<Dashboard.HourCount> hours(Handle handle, DashboardQuery query) {
    Counts[] byHour = new Counts[24];
    java.util.Arrays.fill(byHour, Counts.NONE);
    for (DashboardStore.HourTotal hour : store.hours(handle, query.day(), query.source())) {
      byHour[hour.hour()] = byHour[hour.hour()].plus(hour.counts());
    }
    List<Dashboard.HourCount> hours = new ArrayList<>();
    for (int hour = 0; hour < 24; hour++) {
      hours.add(new Dashboard.HourCount(hour, byHour[hour]));
    }
    return hours;
  }

  private List<Dashboard.StoryCount> stories(Handle handle, LocalDate from, DashboardQuery query) {
    List<Dashboard.StoryCount> stories = new ArrayList<>();
    for (DashboardStore.StoryTotal total : store.topStories(handle, from, query.day(), query.source(), TOP)) {
      articles.find(handle, total.articleId())
          .ifPresent(article -> stories.add(new Dashboard.StoryCount(article, total.counts())));
    }
    return stories;
  }

  private Dashboard.Commenters commenters(Handle handle, DashboardQuery query, ZoneId zone) {
    String source = query.source();
    List<DashboardStore.CommenterTotal> top = store.topCommenters(handle, query.weekFrom(), query.day(), source, TOP);
    Map<Long, String> accounts = store.accountNames(handle,
        top.stream().map(total -> CommenterKey.accountOf(total.commenter())).filter(Objects::nonNull).toList());
    List<Dashboard.CommenterCount> mostActive = new ArrayList<>();
    for (DashboardStore.CommenterTotal total : top) {
      Long account = CommenterKey.accountOf(total.commenter());
      String name = account == null ? CommenterKey.nameOf(total.commenter()) : accounts.getOrDefault(account, "account " + account);
      mostActive.add(new Dashboard.CommenterCount(name, account != null, total.comments(), total.days()));
    }
    return new Dashboard.Commenters(
        store.commenters(handle, query.day(), query.day(), source, null),
        store.commenters(handle, query.weekFrom(), query.day(), source, null),
        store.commenters(handle, query.weekFrom(), query.day(), source, query.weekFrom().atStartOfDay(zone).toInstant()),
        mostActive);
  }

  private static List<Dashboard.SourceRow> bySource(List<DashboardStore.SourceDay> rows, DashboardQuery query) {
    Map<String, Counts[]> sums = new java.util.TreeMap<>();
    for (DashboardStore.SourceDay row : rows) {
      Counts[] three = sums.computeIfAbsent(row.source(), key -> new Counts[] {Counts.NONE, Counts.NONE, Counts.NONE});
      if (row.day().equals(query.day())) {
        three[0] = three[0].plus(row.counts());
      }
      if (!row.day().isBefore(query.weekFrom())) {
        three[1] = three[1].plus(row.counts());
      }
      if (!row.day().isBefore(query.from())) {
        three[2] = three[2].plus(row.counts());
      }
    }
    List<Dashboard.SourceRow> result = new ArrayList<>();
    sums.forEach((source, three) -> result.add(new Dashboard.SourceRow(source, three[0], three[1], three[2])));
    return result;
  }
}

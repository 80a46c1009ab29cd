package news.broadsheet.web.reader;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.article.Article;
import news.broadsheet.comment.CommentPage;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.SiteAddress;
import news.broadsheet.web.page.TemplateRenderer;

public final class TmpBreakdown {
  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    AppConfig config = new AppConfig(DatabaseLocation.embedded(Path.of(args[0])), ZoneId.of("UTC"), Map.of());
    try (App app = new App(config, Clock.systemUTC())) {
      SiteAddress site = new SiteAddress("", "127.0.0.1", 8080);
      StoryPages pages = new StoryPages(app.comments(), app.commentsPolicy(), app.clock(), site);
      TemplateRenderer templates = new TemplateRenderer();
      PersonalizedPage.Holes holes = PersonalizedPage.Holes.random();
      var mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder().addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule()).disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
      long[] t = new long[12];
      int rounds = Integer.parseInt(args[1]);
      for (int round = 0; round < rounds; round++) {
        for (long id = 1; id <= 3000; id++) {
          long a = mx.getCurrentThreadCpuTime();
          Article article = app.articles().find(id).orElseThrow();
          long b = mx.getCurrentThreadCpuTime();
          final long sid = id;
          var store = new news.broadsheet.comment.CommentStore();
          app.database().read(h -> store.publishedSummary(h, sid));
          long c = mx.getCurrentThreadCpuTime();
          app.database().read(h -> store.publishedRoots(h, sid, CommentSort.OLDEST, 50, 0));
          long c2 = mx.getCurrentThreadCpuTime();
          CommentPage discussion = app.comments().page(id, CommentSort.OLDEST, 1, 50);
          long c3 = mx.getCurrentThreadCpuTime();
          var views = new CommentViews("/news/x", id).of(discussion.threads());
          long c4 = mx.getCurrentThreadCpuTime();
          news.broadsheet.web.page.JsonLd.newsArticle(article, "http://x/news/1", "desc", 100, discussion.threads());
          long c5 = mx.getCurrentThreadCpuTime();
          CommentForm form = CommentForm.blank(id, null, CommentForm.Mode.GUEST, holes.name(), Paths.commentForm(Paths.story(article)));
          StoryPage model = pages.build(article, CommentSort.OLDEST, 1, form, holes.token(), null);
          long d = mx.getCurrentThreadCpuTime();
          PersonalizedPage.of(holes, out -> templates.renderTo("story.jte", model, out));
          long e = mx.getCurrentThreadCpuTime();
          long f = mx.getCurrentThreadCpuTime();
          var api = app.comments().publishedPage(id, CommentSort.OLDEST, null, 51);
          long g = mx.getCurrentThreadCpuTime();
          byte[] json = mapper.writeValueAsBytes(api.stream().map(cm -> Map.of("id", cm.id(), "name", cm.name(), "text", cm.text(), "postedAt", cm.postedAt().atZone(article.zone()).toOffsetDateTime())).toList());
          long h = mx.getCurrentThreadCpuTime();
          if (round == rounds - 1) {
            t[0] += b - a; t[1] += c - b; t[7] += c2 - c; t[8] += c3 - c2; t[9] += c4 - c3; t[10] += c5 - c4; t[2] += d - c5; t[3] += e - d; t[4] += f - e; t[5] += g - f; t[6] += h - g;
          }
        }
      }
      String[] names = {"article", "summary query", "build model (incl. page query+jsonld)", "template", "holes", "api query", "api json", "roots query", "comments.page", "comment views", "json-ld"};
      for (int i = 0; i < 11; i++) System.out.printf("%-40s %7.1f us%n", names[i], t[i] / 3000 / 1000.0);
    }
  }
}

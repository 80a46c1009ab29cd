package news.broadsheet.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.broadsheet.App;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchedulingTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_scheduled_story_is_published_at_its_time_and_not_before(DatabaseKind kind) {
    try (DeskFixture f = new DeskFixture(kind, temp)) {
      Instant at = DeskFixture.START.plus(Duration.ofHours(2));
      long id = schedule(f, "Budget to be presented today", at);
      assertThat(f.desk().open(f.editor, id).status()).isEqualTo(StoryStatus.SCHEDULED);
      assertThat(f.app.articles().latest(10, 0)).isEmpty();

      f.clock.set(at.minusSeconds(1));
      assertThat(f.app.desk().scheduler().publishDue()).isZero();
      assertThat(f.app.articles().latest(10, 0)).isEmpty();

      f.clock.set(at.plusSeconds(3));
      assertThat(f.app.desk().scheduler().publishDue()).isEqualTo(1);
      assertThat(f.app.desk().scheduler().publishDue()).isZero();
      DeskStory published = f.desk().open(f.editor, id);
      assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
      assertThat(published.publishedAt()).isEqualTo(at);
      assertThat(f.app.articles().latest(10, 0)).extracting(a -> a.id()).containsExactly(id);
      assertThat(f.desk().revisions(f.editor, id).get(0).accountName()).isEqualTo("Scheduler");
    }
  }

  @Test
  void the_schedule_survives_a_restart() {
    Instant at = DeskFixture.START.plus(Duration.ofMinutes(10));
    long id;
    DeskFixture f = new DeskFixture(DatabaseKind.SQLITE, temp);
    try (f) {
      id = schedule(f, "Budget to be presented today", at);
    }
    f.clock.set(at.plusSeconds(1));
    try (App restarted = f.secondNode()) {
      assertThat(restarted.desk().scheduler().publishDue()).isEqualTo(1);
      assertThat(restarted.articles().find(id).orElseThrow().status()).isEqualTo(StoryStatus.PUBLISHED);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void nodes_sharing_one_database_publish_each_story_exactly_once(DatabaseKind kind) throws Exception {
    try (DeskFixture f = new DeskFixture(kind, temp); App second = f.secondNode(); App third = f.secondNode()) {
      Instant at = DeskFixture.START.plus(Duration.ofMinutes(5));
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        ids.add(schedule(f, "Scheduled story number " + i, at));
      }
      f.clock.set(at);
      CountDownLatch start = new CountDownLatch(1);
      List<Callable<Integer>> nodes = List.of(f.app, second, third).stream()
          .<Callable<Integer>>map(node -> () -> {
            start.await();
            return node.desk().scheduler().publishDue();
          })
          .toList();
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        nodes.forEach(node -> results.add(pool.submit(node)));
        start.countDown();
        int total = 0;
        for (Future<Integer> result : results) {
          total += result.get();
        }
        assertThat(total).isEqualTo(12);
      } finally {
        pool.shutdownNow();
      }
      for (long id : ids) {
        assertThat(f.desk().revisions(f.editor, id)).filteredOn(r -> r.kind() == RevisionKind.PUBLISHED).hasSize(1);
      }
    }
  }

  @Test
  void the_servers_scheduler_publishes_within_five_seconds() throws Exception {
    try (DeskFixture f = new DeskFixture(DatabaseKind.SQLITE, temp)) {
      Instant at = DeskFixture.START.plus(Duration.ofMinutes(1));
      long id = schedule(f, "Budget to be presented today", at);
      f.app.startBackgroundWork();
      f.clock.set(at);
      Eventually.within(Duration.ofSeconds(5),
          () -> f.app.articles().find(id).orElseThrow().status() == StoryStatus.PUBLISHED);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_story_taken_off_the_schedule_is_a_draft_again_and_never_published(DatabaseKind kind) {
    try (DeskFixture f = new DeskFixture(kind, temp)) {
      Instant at = DeskFixture.START.plus(Duration.ofMinutes(30));
      long id = schedule(f, "Budget to be presented today", at);
      DeskStory off = f.desk().unpublish(f.editor, id);
      assertThat(off.status()).isEqualTo(StoryStatus.DRAFT);
      assertThat(off.publishAt()).isNull();
      f.clock.set(at.plusSeconds(60));
      assertThat(f.app.desk().scheduler().publishDue()).isZero();
      assertThat(f.app.articles().latest(10, 0)).isEmpty();
    }
  }

  private static long schedule(DeskFixture f, String headline, Instant at) {
    DeskStory draft = f.desk().create(f.writer, DeskFixture.story(headline));
    return f.desk().publish(f.editor, draft.id(), at).id();
  }
}

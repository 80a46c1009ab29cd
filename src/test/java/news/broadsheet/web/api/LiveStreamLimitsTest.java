package news.broadsheet.web.api;

import static news.broadsheet.testing.ApiCalls.assertError;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.EventStream;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live streams cost a connection each and a replay when they open: one client may hold a few, the
 * server a bounded number, and a stream replays a bounded number of comments however old the id
 * it resumes from.
 */
class LiveStreamLimitsTest {

  private static final Duration QUIET = Duration.ofMillis(1500);

  @TempDir Path temp;

  private TestServer site(int perClient, int total) throws Exception {
    WebSettings settings =
        WebSettings.loopbackAnyPort().withTrustedProxies(List.of("127.0.0.1")).withLimits(30, perClient, total);
    return TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp), settings).withStories(ReferenceSample.file());
  }

  private static HttpResponse<String> refused(TestServer site, String client) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(site)))
        .header("Accept", "text/event-stream").header("X-Forwarded-For", client).timeout(Duration.ofSeconds(10));
    return site.send(request);
  }

  private static String url(TestServer site) {
    return site.url("/api/v1/articles/" + referenceStory(site) + "/comments/stream");
  }

  @Test
  void one_client_holds_at_most_its_share_of_streams_and_gets_another_when_one_closes() throws Exception {
    try (TestServer site = site(2, 100)) {
      EventStream first = EventStream.open(site.client(), url(site), null, "203.0.113.1");
      try (EventStream second = EventStream.open(site.client(), url(site), null, "203.0.113.1")) {
        HttpResponse<String> third = refused(site, "203.0.113.1");
        assertError(third, 429, "too_many_streams", null);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        try (EventStream otherClient = EventStream.open(site.client(), url(site), null, "203.0.113.2")) {
          assertThat(otherClient.response().statusCode()).isEqualTo(200);
        }
        first.close();
        LiveStreams streams = site.server().liveStreams();
        Eventually.within(Duration.ofSeconds(10), () -> {
          streams.heartbeat(); // finds the closed stream, as the next heartbeat would
          return streams.openStreams() == 1;
        });
        try (EventStream again = EventStream.open(site.client(), url(site), null, "203.0.113.1")) {
          assertThat(again.response().statusCode()).isEqualTo(200);
        }
      }
    }
  }

  @Test
  void the_server_holds_at_most_its_number_of_streams_for_every_client_together() throws Exception {
    try (TestServer site = site(8, 3);
        EventStream a = EventStream.open(site.client(), url(site), null, "203.0.113.1");
        EventStream b = EventStream.open(site.client(), url(site), null, "203.0.113.2");
        EventStream c = EventStream.open(site.client(), url(site), null, "203.0.113.3")) {
      HttpResponse<String> fourth = refused(site, "203.0.113.4");
      assertError(fourth, 503, "too_many_streams", null);
      assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    }
  }

  @Test
  void resuming_from_an_old_id_replays_at_most_a_bounded_number_of_comments() throws Exception {
    try (TestServer site = site(8, 100)) {
      long story = referenceStory(site);
      for (int i = 0; i < LiveStreams.REPLAY_MAX + 20; i++) {
        site.app().posting().post(new CommentDraft(story, null, "Reader " + i, "Comment number " + i + ".", null));
      }
      try (EventStream fromZero = EventStream.open(site.client(), url(site), "0")) {
        List<EventStream.Event> events = fromZero.drain(QUIET);
        assertThat(events).extracting(EventStream.Event::name).containsExactly("behind");
        assertThat(events.get(0).data()).contains("load the page again");
      }
      List<Long> ids = site.app().comments().published(story).stream().map(c -> c.id()).sorted().toList();
      long tenBack = ids.get(ids.size() - 11);
      try (EventStream recent = EventStream.open(site.client(), url(site), Long.toString(tenBack))) {
        assertThat(recent.drain(QUIET)).hasSize(10).extracting(EventStream.Event::name).containsOnly("comment");
      }
    }
  }
}

package news.broadsheet.web.api;

import static news.broadsheet.testing.ApiCalls.JSON;
import static news.broadsheet.testing.ApiCalls.post;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.ApiCalls;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.EventStream.Event;
import news.broadsheet.testing.EventStream;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live comment streams (Server-Sent Events) over HTTP. */
class LiveStreamTest {

  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  @TempDir Path temp;

  private static String streamUrl(TestServer site, long storyId) {
    return site.url("/api/v1/articles/" + storyId + "/comments/stream");
  }

  @Test
  void an_open_stream_receives_a_newly_posted_comment_within_a_second() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file());
        EventStream stream = EventStream.open(site.client(), streamUrl(site, referenceStory(site)), null)) {
      assertThat(stream.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
      long id = referenceStory(site);
      long posted = JSON.readTree(post(site, id, "{\"name\":\"Live <b>reader</b>\",\"text\":\"Hello <script>x</script>\"}").body()).get("id").asLong();
      long sentAt = System.nanoTime();
      Event event = stream.next(ONE_SECOND);
      assertThat(event).as("a comment event within a second").isNotNull();
      assertThat(Duration.ofNanos(System.nanoTime() - sentAt)).isLessThan(ONE_SECOND);
      assertThat(event.name()).isEqualTo("comment");
      assertThat(event.id()).isEqualTo(Long.toString(posted));
      JsonNode data = JSON.readTree(event.data());
      assertThat(data.get("id").asLong()).isEqualTo(posted);
      assertThat(data.get("name").asText()).isEqualTo("Live <b>reader</b>");
      assertThat(data.get("postedAt").asText()).isEqualTo("2026-11-28T14:00:00+05:00");
      assertThat(data.get("html").asText())
          .contains("id=\"comment-" + posted + "\"", "data-comment-id=\"" + posted + "\"")
          .contains("Live &lt;b&gt;reader&lt;/b&gt;", "Hello &lt;script&gt;x&lt;/script&gt;")
          .doesNotContain("<script>", "<b>");
      assertThat(stream.drain(Duration.ofMillis(700))).as("each comment once").isEmpty();
    }
  }

  @Test
  void a_stream_resumed_with_last_event_id_gets_exactly_the_missed_comments() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      long seen;
      try (EventStream first = EventStream.open(site.client(), streamUrl(site, id), null)) {
        post(site, id, "{\"name\":\"Before\",\"text\":\"Seen live.\"}");
        seen = Long.parseLong(first.next(ONE_SECOND).id());
      }
      List<Long> missed = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        missed.add(site.app().posting().post(new CommentDraft(id, null, "Missed " + i, "While away.", null)).id());
      }
      long live;
      try (EventStream resumed = EventStream.open(site.client(), streamUrl(site, id), Long.toString(seen))) {
        live = JSON.readTree(post(site, id, "{\"name\":\"After\",\"text\":\"Live again.\"}").body()).get("id").asLong();
        List<Long> received = resumed.drain(Duration.ofMillis(1500)).stream().map(e -> Long.parseLong(e.id())).toList();
        List<Long> expected = new ArrayList<>(missed);
        expected.add(live);
        assertThat(received).containsExactlyElementsOf(expected);
      }
      try (EventStream byQuery =
          EventStream.open(site.client(), streamUrl(site, id) + "?lastEventId=" + missed.get(1), null)) {
        assertThat(byQuery.drain(Duration.ofMillis(700)).stream().map(Event::id))
            .containsExactly(Long.toString(missed.get(2)), Long.toString(live));
      }
    }
  }

  @Test
  void a_comment_posted_on_another_node_arrives_within_a_second() throws Exception {
    DatabaseLocation shared = TestDatabases.fresh(DatabaseKind.POSTGRESQL, temp);
    try (TestServer nodeA = TestServer.start(shared, WebSettings.loopbackAnyPort()).withStories(ReferenceSample.file());
        TestServer nodeB = TestServer.start(shared, WebSettings.loopbackAnyPort())) {
      long id = referenceStory(nodeA);
      try (EventStream onA = EventStream.open(nodeA.client(), streamUrl(nodeA, id), null)) {
        Thread.sleep(600); // the channel's first poll has run
        for (int i = 0; i < 3; i++) {
          long sentAt = System.nanoTime();
          long posted = JSON.readTree(post(nodeB, id, "{\"name\":\"Node B\",\"text\":\"Comment " + i + "\"}").body()).get("id").asLong();
          Event event = onA.next(ONE_SECOND);
          assertThat(event).as("comment %d from the other node within a second", i).isNotNull();
          assertThat(Duration.ofNanos(System.nanoTime() - sentAt)).isLessThan(Duration.ofMillis(1200));
          assertThat(event.id()).isEqualTo(Long.toString(posted));
        }
        assertThat(onA.drain(Duration.ofMillis(1200))).as("no repeats from later polls").isEmpty();
      }
    }
  }

  @Test
  void closed_streams_are_forgotten_and_requests_without_the_event_stream_type_are_refused() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      LiveStreams streams = site.server().liveStreams();
      EventStream one = EventStream.open(site.client(), streamUrl(site, id), null);
      EventStream two = EventStream.open(site.client(), streamUrl(site, id), null);
      Eventually.within(Duration.ofSeconds(5), () -> streams.openStreams() == 2);
      assertThat(site.metrics()).contains("broadsheet_live_streams 2.0");
      one.close();
      Eventually.within(
          Duration.ofSeconds(10),
          () -> {
            streams.heartbeat();
            return streams.openStreams() == 1;
          });
      Eventually.within(Duration.ofSeconds(5), () -> two.commentLines() > 0); // the heartbeats, once read
      two.close();
      Eventually.within(
          Duration.ofSeconds(10),
          () -> {
            streams.heartbeat();
            return streams.openStreams() == 0;
          });

      var plain = site.send(HttpRequest.newBuilder(URI.create(streamUrl(site, id))).GET());
      ApiCalls.assertError(plain, 406, "not_acceptable", null);
      var unknown =
          site.send(HttpRequest.newBuilder(URI.create(streamUrl(site, 424242))).header("Accept", "text/event-stream").GET());
      ApiCalls.assertError(unknown, 404, "not_found", null);
      var badId =
          site.send(
              HttpRequest.newBuilder(URI.create(streamUrl(site, id)))
                  .header("Accept", "text/event-stream")
                  .header("Last-Event-ID", "yesterday")
                  .GET());
      ApiCalls.assertError(badId, 400, "bad_parameter", "lastEventId");
    }
  }
}

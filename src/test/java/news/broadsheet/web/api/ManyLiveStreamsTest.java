package news.broadsheet.web.api;

import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.HeldStreams;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A breaking story's readers: hundreds of live streams held open on one node. */
class ManyLiveStreamsTest {

  private static final int STREAMS = 300;

  @TempDir Path temp;

  @Test
  void hundreds_of_held_streams_take_no_thread_each_leave_pages_answering_and_end_promptly_on_stop() throws Exception {
    WebSettings settings = WebSettings.loopbackAnyPort().withLimits(30, STREAMS, STREAMS + 10).withMetrics(TestServer.METRICS);
    TestServer site = TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp), settings).withStories(ReferenceSample.file());
    boolean stopped = false;
    long story = referenceStory(site);
    int threadsBefore = Thread.activeCount();
    Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();
    try (HeldStreams streams =
        HeldStreams.open(
            "127.0.0.1",
            site.server().port(),
            "/api/v1/articles/" + story + "/comments/stream",
            STREAMS,
            (id, at) -> received.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet())) {
      assertThat(streams.awaitAnswered(STREAMS, Duration.ofSeconds(60))).as("every stream answered").isTrue();
      assertThat(streams.open()).isEqualTo(STREAMS);
      assertThat(site.server().liveStreams().openStreams()).isEqualTo(STREAMS);
      assertThat(Thread.activeCount() - threadsBefore).as("threads added while the streams are held").isLessThan(STREAMS / 2);

      for (String page : new String[] {"/", "/news/" + story, storyPath(site, story), "/healthz"}) {
        HttpResponse<String> answer =
            site.client()
                .send(
                    HttpRequest.newBuilder(URI.create(site.url(page))).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(page).isIn(200, 301);
      }

      Comment posted = site.app().posting().post(new CommentDraft(story, null, "Breaking reader", "Seen from the square.", null));
      assertThat(posted.status()).isEqualTo(CommentStatus.PUBLISHED);
      Eventually.within(
          Duration.ofSeconds(20),
          () -> received.getOrDefault(posted.id(), new AtomicInteger()).get() == STREAMS);

      long stopping = System.nanoTime();
      stopped = true;
      site.close();
      assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("the server's stop").isLessThan(Duration.ofSeconds(10));
      assertThat(streams.awaitAllEnded(Duration.ofSeconds(5))).as("every stream ended by the stop").isTrue();
      assertThat(streams.ended()).isEqualTo(STREAMS);
    } finally {
      if (!stopped) {
        site.close();
      }
    }
  }

  @Test
  void a_reader_who_stops_reading_is_dropped_while_the_others_get_every_comment() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file());
        Socket stalled = new Socket()) {
      long story = referenceStory(site);
      String path = "/api/v1/articles/" + story + "/comments/stream";
      stalled.setReceiveBufferSize(4096);
      stalled.connect(new java.net.InetSocketAddress("127.0.0.1", site.server().port()));
      OutputStream out = stalled.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = stalled.getInputStream();
      assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
      AtomicInteger received = new AtomicInteger();
      try (HeldStreams reading =
          HeldStreams.open("127.0.0.1", site.server().port(), path, 1, (id, at) -> received.incrementAndGet())) {
        assertThat(reading.awaitAnswered(1, Duration.ofSeconds(10))).isTrue();
        Eventually.within(Duration.ofSeconds(10), () -> site.server().liveStreams().openStreams() == 2);

        String text = "A long account of what happened on the square this morning. ".repeat(60);
        int comments = LiveStream.MAX_QUEUED * 2;
        for (int i = 0; i < comments; i++) {
          site.app().posting().post(new CommentDraft(story, null, "Witness " + i, text + i, null));
        }

        Eventually.within(Duration.ofSeconds(30), () -> site.server().liveStreams().openStreams() == 1);
        Eventually.within(Duration.ofSeconds(30), () -> received.get() == comments);
        assertThat(reading.open()).as("the reader who reads is still served").isEqualTo(1);
      }
    }
  }

  private static String storyPath(TestServer site, long story) {
    return site.app().articles().find(story).map(a -> "/news/" + a.id() + "/" + a.slug()).orElseThrow();
  }
}

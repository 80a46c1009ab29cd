package news.broadsheet.web.staff;

import static news.broadsheet.testing.StaffLogins.loggedIn;
import static news.broadsheet.testing.StaffLogins.siteWithStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.moderation.ModerationEvent;
import news.broadsheet.moderation.QueueFilter;
import news.broadsheet.moderation.QueueTab;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.StaffFixture;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's cards and decisions over HTTP, as forms without JavaScript and as the queue's script sends them. */
class QueuePagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void a_card_shows_the_text_with_inert_links_its_thread_the_commenter_and_why_it_is_held() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      List<Long> held = StaffFixture.fill(site);
      String page = loggedIn(site, "Mona").get("/admin/moderation").body();
      String card = page.substring(page.indexOf("id=\"card-" + held.get(0) + "\""), page.indexOf("id=\"card-" + held.get(1) + "\""));
      assertThat(card)
          .contains("<span class=\"inert-link\">https://trade.example/report-2018</span>")
          .doesNotContain("href=\"https://trade.example")
          .contains("In reply to <strong>Bilal Ahmed</strong>")
          .contains("<strong>1</strong> published").contains("<strong>1</strong> held").contains("<strong>1</strong> sanction")
          .contains("Suspended until Dec 5, 2026 09:00: links to the same site, again")
          .contains("<span class=\"badge warn\">Links</span> 3 links, the limit is 2")
          .contains("<time datetime=\"2026-11-28T09:00Z\"").contains(">Today 09:00</time>")
          .contains("<strong>Screening</strong> held it");
      long parent = site.app().comments().find(held.get(0)).orElseThrow().parentId();
      assertThat(card).containsPattern("href=\"/news/\\d+/[a-z-]+/comments/" + parent + "\">its place in the thread");
      assertThat(page).contains("<span class=\"badge\">Account</span>").contains("by 3 readers: rude to the paper (2); off topic")
          .contains("<strong>Readers</strong> hid it until a moderator looks: reported by 3 readers</li>")
          .doesNotContain(">Reported</span> reported by 3 readers");
      assertThat(page).contains("aria-current=\"page\" data-tab=\"pending\"").contains("4 pending").contains("1 reported");
    }
  }

  @Test
  void the_reason_filter_keeps_the_comments_held_for_that_kind_of_reason() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      List<Long> held = StaffFixture.fill(site);
      String links = loggedIn(site, "Mona").get("/admin/moderation?why=links").body();
      assertThat(links).contains("Pending: 1 comment in this view").contains("id=\"card-" + held.get(0) + "\"")
          .contains("Reason: <strong>Links</strong>").contains("<option value=\"links\" selected>Links</option>");
      String shouting = loggedIn(site, "Mona").get("/admin/moderation?why=shouting").body();
      assertThat(shouting).contains("Pending: 1 comment in this view").doesNotContain("id=\"card-" + held.get(0) + "\"");
    }
  }

  @Test
  void the_script_gets_what_was_done_and_the_new_counts_and_a_refusal_in_words() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      List<Long> held = StaffFixture.fill(site);
      FormClient mona = loggedIn(site, "Mona");
      mona.get("/admin/moderation");
      var approved = mona.postForJson("/admin/moderation/comments/" + held.get(1), Map.of("action", "approve", "tab", "pending"));
      assertThat(approved.statusCode()).isEqualTo(200);
      JsonNode answer = JSON.readTree(approved.body());
      assertThat(answer.path("message").asText()).isEqualTo("Approved the comment by Ayesha Khan.");
      assertThat(answer.path("leaves").asBoolean()).isTrue();
      assertThat(answer.path("counts").path("pending").asLong()).isEqualTo(3);
      assertThat(answer.path("counts").path("approved").asLong()).isEqualTo(2);
      assertThat(answer.path("nav").path("pending").asLong()).isEqualTo(3);

      var refused = mona.postForJson("/admin/moderation/comments/" + held.get(2), Map.of("action", "reject", "tab", "pending"));
      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(JSON.readTree(refused.body()).path("message").asText()).isEqualTo("Give a reason to reject a comment.");
      assertThat(site.app().comments().find(held.get(2)).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);

      var stays = mona.postForJson("/admin/moderation/comments/" + held.get(1), Map.of("action", "approve", "tab", "approved"));
      assertThat(JSON.readTree(stays.body()).path("leaves").asBoolean()).isFalse();
    }
  }

  @Test
  void the_words_filter_searches_as_readers_search_and_says_what_to_change() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      List<Long> held = StaffFixture.fill(site);
      FormClient mona = loggedIn(site, "Mona");
      String figure = mona.get("/admin/moderation?text=figure").body();
      assertThat(figure).contains("id=\"card-" + held.get(0) + "\"").doesNotContain("id=\"card-" + held.get(1) + "\"")
          .contains("Pending: 1 comment in this view").contains("Words: <strong>figure</strong>");
      String phrase = mona.get("/admin/moderation?text=" + java.net.URLEncoder.encode("\"one summit\" -fool", "UTF-8")).body();
      assertThat(phrase).doesNotContain("id=\"card-" + held.get(1) + "\"").contains("Pending: 0 comments in this view");
      var refused = mona.get("/admin/moderation?text=-summit");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("not only words to leave out");
    }
  }

  @Test
  void the_counts_of_a_view_and_of_the_whole_queue_answer_as_json() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      StaffFixture.fill(site);
      FormClient mona = loggedIn(site, "Mona");
      JsonNode all = JSON.readTree(mona.get("/admin/moderation/counts").body());
      assertThat(all.path("counts").path("pending").asLong()).isEqualTo(4);
      assertThat(all.path("counts").path("held-automatically").asLong()).isEqualTo(3);
      assertThat(all.path("nav").path("reported").asLong()).isEqualTo(1);
      JsonNode summit = JSON.readTree(mona.get("/admin/moderation/counts?tab=pending&text=summit").body());
      assertThat(summit.path("counts").path("pending").asLong()).isEqualTo(1);
      assertThat(summit.path("nav").path("pending").asLong()).isEqualTo(4);
      var bad = mona.get("/admin/moderation/counts?story=x");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(bad.body()).path("message").asText()).startsWith("Story is a story's number");
    }
  }

  @Test
  void a_reason_from_the_list_is_recorded_in_its_words_and_own_words_win() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      List<Long> held = StaffFixture.fill(site);
      FormClient mona = loggedIn(site, "Mona");
      mona.get("/admin/moderation");
      var listed = mona.post("/admin/moderation/comments/" + held.get(2), Map.of("action", "reject", "preset", "off-topic"));
      assertThat(listed.statusCode()).isEqualTo(303);
      assertThat(listed.headers().firstValue("Location")).hasValue("/admin/moderation?tab=pending&done=reject&count=1");
      assertThat(lastReason(site, held.get(2))).isEqualTo("Off topic");
      mona.post("/admin/moderation/comments/" + held.get(1), Map.of("action", "reject", "preset", "off-topic", "reason", "mine"));
      assertThat(lastReason(site, held.get(1))).isEqualTo("mine");
      var unknown = mona.post("/admin/moderation/comments/" + held.get(3), Map.of("action", "reject", "preset", "rude<script>"));
      assertThat(unknown.statusCode()).isEqualTo(422);
      assertThat(unknown.body()).contains("Choose a reason from the list, or write one.").doesNotContain("rude<script>");
      assertThat(mona.get("/admin/moderation?done=reject&count=1").body()).contains("Rejected 1 comment.");
      assertThat(mona.get("/admin/moderation?done=%3Cb%3E&count=x").body())
          .doesNotContain("<b>").contains("class=\"queue-status\" role=\"status\"></p>");
    }
  }

  @Test
  void a_bulk_action_on_the_view_is_confirmed_first_and_leaves_later_comments_alone() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      StaffFixture.fill(site);
      FormClient mona = loggedIn(site, "Mona");
      mona.get("/admin/moderation");
      Map<String, String> view = Map.of("tab", "pending", "text", "summit", "action", "spam");
      var confirm = mona.post("/admin/moderation/bulk/filtered", view);
      assertThat(confirm.statusCode()).isEqualTo(200);
      assertThat(confirm.body()).contains("Confirm: Mark as spam 1 comment").contains("Words: summit");
      String upTo = confirm.body().replaceAll("(?s).*name=\"upTo\" value=\"(\\d+)\".*", "$1");
      long story = site.app().articles().latest(10, 0).get(0).id();
      long later = site.app().posting().post(new CommentDraft(story, null, "Late", "The summit was a stupid show.", "c-late")).id();
      var done = mona.post("/admin/moderation/bulk/filtered",
          Map.of("tab", "pending", "text", "summit", "action", "spam", "confirm", "yes", "upTo", upTo));
      assertThat(done.statusCode()).isEqualTo(303);
      assertThat(done.headers().firstValue("Location")).hasValue("/admin/moderation?tab=pending&text=summit&done=spam&count=1");
      assertThat(site.app().comments().find(later).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
      assertThat(site.app().queue().count(QueueTab.PENDING, new QueueFilter(null, null, "summit"))).isEqualTo(1);
      var rejectWithout = mona.post("/admin/moderation/bulk/filtered", Map.of("tab", "pending", "action", "reject"));
      assertThat(rejectWithout.statusCode()).isEqualTo(422);
      assertThat(rejectWithout.body()).contains("Give a reason to reject a comment.");
    }
  }

  @Test
  void a_moderator_suspends_the_commenter_and_rejects_the_comment_in_one_go() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      List<Long> held = StaffFixture.fill(site);
      FormClient mona = loggedIn(site, "Mona");
      mona.get("/admin/moderation");
      var answer = mona.postForJson("/admin/moderation/comments/" + held.get(1) + "/sanction",
          Map.of("tab", "pending", "length", "7", "reason", "insults, twice this week", "reject", "on"));
      assertThat(answer.statusCode()).isEqualTo(200);
      JsonNode json = JSON.readTree(answer.body());
      assertThat(json.path("message").asText()).isEqualTo("Ayesha Khan is suspended for 7 days, and the comment is rejected.");
      assertThat(json.path("leaves").asBoolean()).isTrue();
      assertThat(site.app().comments().find(held.get(1)).orElseThrow().status()).isEqualTo(CommentStatus.REJECTED);
      assertThat(site.app().sanctions().active()).anyMatch(s -> s.reason().equals("insults, twice this week"));
      var only = mona.postForJson("/admin/moderation/comments/" + held.get(2) + "/sanction",
          Map.of("tab", "pending", "length", "ban", "reason", "shouting"));
      assertThat(JSON.readTree(only.body()).path("leaves").asBoolean()).isFalse();
      assertThat(JSON.readTree(only.body()).path("sanction").asText()).isEqualTo("Banned: shouting");
      assertThat(mona.postForJson("/admin/moderation/comments/" + held.get(2) + "/sanction",
          Map.of("length", "365", "reason", "x")).statusCode()).isEqualTo(422);
      assertThat(mona.postForJson("/admin/moderation/comments/" + held.get(2) + "/sanction",
          Map.of("length", "1", "reason", "")).statusCode()).isEqualTo(422);
    }
  }

  @Test
  void odd_and_hostile_values_are_refused_with_what_is_wrong_and_change_nothing() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      List<Long> held = StaffFixture.fill(site);
      FormClient mona = loggedIn(site, "Mona");
      var badStory = mona.get("/admin/moderation?story=12%3Cx%3E");
      assertThat(badStory.statusCode()).isEqualTo(400);
      assertThat(badStory.body()).contains("Story is a story's number").doesNotContain("12<x>");
      assertThat(mona.get("/admin/moderation?from=-3").statusCode()).isEqualTo(400);
      assertThat(mona.get("/admin/moderation?text=" + "x".repeat(300)).body()).contains("A text filter has at most 200 characters.");
      var badReason = mona.get("/admin/moderation?why=%25kind%25");
      assertThat(badReason.statusCode()).isEqualTo(400);
      assertThat(badReason.body()).contains("Reason is one of the kinds the list offers, not \"%kind%\".");
      assertThat(mona.get("/admin/moderation?tab=no-such-tab").statusCode()).isEqualTo(200);
      assertThat(mona.post("/admin/moderation/comments/" + held.get(0), Map.of("action", "delete")).statusCode()).isEqualTo(422);
      assertThat(mona.post("/admin/moderation/comments/999999", Map.of("action", "approve")).body())
          .contains("There is no comment 999999.");
      assertThat(mona.post("/admin/moderation/comments/x1", Map.of("action", "approve")).statusCode()).isEqualTo(404);
      assertThat(mona.post("/admin/moderation/bulk", Map.of("action", "approve", "ids", "1;DROP")).statusCode()).isEqualTo(422);
      assertThat(mona.post("/admin/moderation/comments/" + held.get(0),
          Map.of("action", "reject", "reason", "r".repeat(501))).body()).contains("A reason has at most 500 characters.");
      assertThat(site.app().queue().count(QueueTab.PENDING, QueueFilter.NONE)).isEqualTo(4);
    }
  }

  private static String lastReason(TestServer site, long commentId) {
    List<ModerationEvent> history = site.app().moderation().history(commentId);
    return history.get(history.size() - 1).note();
  }
}

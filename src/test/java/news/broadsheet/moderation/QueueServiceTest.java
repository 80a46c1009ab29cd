package news.broadsheet.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.ReasonKind;
import news.broadsheet.testing.DatabaseKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The queue as moderators read it: cards with their context, kept counts, pages and bulk scopes, on both databases. */
class QueueServiceTest {

  private static final Moderator SAIMA = ModerationFixture.MODERATOR;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_card_shows_the_parent_the_commenters_history_reports_and_decisions(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      Instant first = f.clock.instant();
      Comment parent = f.post("Bilal", "The port should open at night.", "k0");
      f.post("Hira", "Night shifts cost more than they save.", "k1");
      f.clock.advance(Duration.ofMinutes(2));
      Comment rejected = f.post("Hira", "You idiot.", "k1");
      f.clock.advance(Duration.ofMinutes(2));
      Comment held = f.app.posting().post(new CommentDraft(f.storyId, parent.id(), "Hira", "a.com b.com c.com", "k1"));
      f.app.sanctions().sanctionCommenterOf(rejected.id(), Duration.ofDays(1), "insults", SAIMA);
      f.clock.advance(Duration.ofDays(2));

      QueueEntry card = f.app.queue().page(QueueTab.PENDING, QueueFilter.NONE, null, 10).entries().get(0);
      assertThat(card.comment().id()).isEqualTo(held.id());
      assertThat(card.parent().id()).isEqualTo(parent.id());
      assertThat(card.commenter()).isEqualTo(Commenter.guest("Hira", "k1"));
      CommenterHistory history = card.history();
      assertThat(List.of(history.published(), history.pending(), history.rejected())).containsExactly(1L, 1L, 1L);
      assertThat(history.firstSeen()).isEqualTo(first);
      assertThat(history.sanctions()).singleElement().extracting(Sanction::reason).isEqualTo("insults");
      assertThat(history.activeSanction(f.clock.instant())).isEmpty();
      assertThat(card.decisions()).extracting(ModerationEvent::action).containsExactly(ModerationAction.HELD);
      assertThat(card.openReports()).isEmpty();

      f.app.moderation().approve(held.id(), SAIMA, null);
      f.app.moderation().approve(rejected.id(), SAIMA, "on second thought");
      CommenterHistory after = f.app.queue().page(QueueTab.APPROVED, QueueFilter.NONE, null, 10).entries().get(0).history();
      assertThat(List.of(after.published(), after.pending(), after.rejected())).containsExactly(3L, 0L, 0L);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_accounts_history_is_its_own_whatever_name_or_client(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      long ayesha = f.account("Ayesha Khan");
      f.postAs(ayesha, "Ayesha Khan", "The port is busy again.", "home");
      f.postAs(ayesha, "Ayesha Khan", "stupid plan", "office");
      f.post("Ayesha", "Guest with a similar name.", "home");
      var histories = f.app.queue().accountHistories(List.of(ayesha, 999L));
      assertThat(histories.get(ayesha).published()).isEqualTo(1);
      assertThat(histories.get(ayesha).pending()).isEqualTo(1);
      assertThat(histories.get(999L).total()).isZero();
      assertThat(histories.get(999L).firstSeen()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void pages_follow_on_from_the_last_card_and_a_decision_does_not_shift_them(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      List<Long> held = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        held.add(f.post("Reader " + i, "stupid idea number " + i, "c" + i).id());
      }
      QueuePage first = f.app.queue().page(QueueTab.PENDING, QueueFilter.NONE, null, 2);
      assertThat(first.entries()).extracting(e -> e.comment().id()).containsExactly(held.get(0), held.get(1));
      assertThat(first.next()).isEqualTo(held.get(1));
      f.app.moderation().approve(held.get(0), SAIMA, null);
      QueuePage second = f.app.queue().page(QueueTab.PENDING, QueueFilter.NONE, first.next(), 2);
      assertThat(second.entries()).extracting(e -> e.comment().id()).containsExactly(held.get(2), held.get(3));
      QueuePage last = f.app.queue().page(QueueTab.PENDING, QueueFilter.NONE, second.next(), 2);
      assertThat(last.entries()).extracting(e -> e.comment().id()).containsExactly(held.get(4));
      assertThat(last.next()).isNull();
      assertThat(f.app.queue().counts(QueueFilter.NONE))
          .containsEntry(QueueTab.PENDING, 4L).containsEntry(QueueTab.HELD_AUTOMATICALLY, 4L)
          .containsEntry(QueueTab.APPROVED, 1L).containsEntry(QueueTab.REJECTED, 0L);
      assertThatThrownBy(() -> f.app.queue().page(QueueTab.PENDING, QueueFilter.NONE, null, 101))
          .isInstanceOf(ModerationException.class);
      assertThatThrownBy(() -> new QueueFilter(null, null, "x".repeat(201)))
          .isInstanceOf(ModerationException.class).hasMessage("a text filter has at most 200 characters");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_bulk_action_covers_the_filtered_comments_up_to_the_newest_the_moderator_saw(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      for (int i = 0; i < 3; i++) {
        f.post("Spammer " + i, "stupid offer, call 0300 " + i, "s" + i);
      }
      Comment other = f.post("Reader", "a stupid plan, but well meant", "r");
      QueueFilter offers = new QueueFilter(null, null, "offer", null);
      var scope = f.app.queue().scope(QueueTab.PENDING, offers);
      assertThat(scope.count()).isEqualTo(3);
      Comment late = f.post("Spammer 9", "stupid offer again", "s9");
      List<Long> covered = f.app.queue().idsUpTo(QueueTab.PENDING, offers, scope.newestId());
      assertThat(covered).hasSize(3).doesNotContain(other.id(), late.id());
      f.app.moderation().decideAll(ModeratorDecision.SPAM, covered, SAIMA, null);
      assertThat(f.app.queue().count(QueueTab.PENDING, QueueFilter.NONE)).isEqualTo(2);
      assertThat(f.app.queue().count(QueueTab.REJECTED, new QueueFilter(null, null, null, ReasonKind.SPAM))).isEqualTo(3);
      assertThat(f.app.queue().count(QueueTab.REJECTED, new QueueFilter(null, null, null, ReasonKind.MODERATOR))).isZero();
      assertThat(f.app.queue().scope(QueueTab.APPROVED, QueueFilter.NONE)).isEqualTo(new QueueService.BulkScope(0, 0));
    }
  }
}

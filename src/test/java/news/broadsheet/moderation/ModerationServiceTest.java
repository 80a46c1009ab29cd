package news.broadsheet.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.ReasonKind;
import news.broadsheet.comment.ReasonParams;
import news.broadsheet.comment.ReasonText;
import news.broadsheet.testing.DatabaseKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Moderators' decisions, the audit trail, the queue and the classifier learning, on both databases. */
class ModerationServiceTest {

  private static final Moderator SAIMA = ModerationFixture.MODERATOR;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void every_decision_is_recorded_with_who_when_what_and_why(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      List<Comment> announced = new CopyOnWriteArrayList<>();
      f.app.posting().addListener(announced::add);
      Comment held = f.post("Ali", "That is a stupid plan", "k1");
      announced.clear();
      Instant decidedAt = f.clock.instant().plus(Duration.ofMinutes(10));
      f.clock.set(decidedAt);
      Comment approved = f.app.moderation().approve(held.id(), new Moderator(7L, "Saima"), "criticism of a plan, not a person");
      assertThat(approved.status()).isEqualTo(CommentStatus.PUBLISHED);
      assertThat(approved.reasons()).isEmpty();
      assertThat(announced).extracting(Comment::id).containsExactly(held.id());
      Comment rejected = f.app.moderation().reject(held.id(), SAIMA, "personal attack in a reply");
      assertThat(rejected.status()).isEqualTo(CommentStatus.REJECTED);
      assertThat(rejected.reasons()).containsExactly(Reason.moderator("personal attack in a reply"));
      assertThat(f.app.comments().find(held.id())).isPresent();
      List<ModerationEvent> history = f.app.moderation().history(held.id());
      assertThat(history).extracting(ModerationEvent::actorKind, ModerationEvent::actor, ModerationEvent::action)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ActorKind.SCREENING, "screening", ModerationAction.HELD),
              org.assertj.core.groups.Tuple.tuple(ActorKind.MODERATOR, "Saima", ModerationAction.APPROVED),
              org.assertj.core.groups.Tuple.tuple(ActorKind.MODERATOR, "Saima", ModerationAction.REJECTED));
      assertThat(history.get(0).reasons()).containsExactly(Reason.suspectWords(List.of(new ReasonParams.Word("stupid", null))));
      assertThat(history.get(0).note()).isEmpty();
      assertThat(history.get(1).at()).isEqualTo(decidedAt);
      assertThat(history.get(1).actorAccountId()).isEqualTo(7L);
      assertThat(history.get(1).note()).isEqualTo("criticism of a plan, not a person");
      assertThat(history.get(1).reasons()).isEmpty();
      assertThat(history.get(1).fromStatus()).isEqualTo(CommentStatus.PENDING);
      assertThat(history.get(1).toStatus()).isEqualTo(CommentStatus.PUBLISHED);
      Comment spam = f.app.moderation().markSpam(f.post("Bot", "Ghar baithe kamayein 0300 1234567", "bot").id(), SAIMA, null);
      assertThat(spam.reasons()).containsExactly(Reason.spam(""));
      assertThat(f.app.moderation().history(spam.id())).last().extracting(ModerationEvent::action).isEqualTo(ModerationAction.SPAM);
      assertThatThrownBy(() -> f.app.moderation().reject(held.id(), SAIMA, " "))
          .isInstanceOf(ModerationException.class).hasMessage("give a reason to reject a comment");
      assertThatThrownBy(() -> f.app.moderation().approve(999_999, SAIMA, null))
          .isInstanceOf(ModerationException.class).hasMessage("there is no comment 999999");
      assertThatThrownBy(() -> Moderator.named("")).isInstanceOf(ModerationException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void the_queue_has_tabs_and_filters(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      Comment heldWord = f.post("Ali", "stupid idea", "k1");
      Comment heldLinks = f.post("Hira", "a.com b.com c.com", "k2");
      Comment rejected = f.post("Omar", "idiot", "k3");
      Comment reported = f.post("Zara", "Bohat bura likha hai", "k4");
      Comment fine = f.post("Bilal", "Acha faisla hai", "k5");
      for (String reader : List.of("r1", "r2", "r3")) {
        f.app.reports().report(reported.id(), reader, "rude");
      }
      f.app.reports().report(fine.id(), "r1", "I disagree");
      assertThat(ids(f, QueueTab.PENDING, QueueFilter.NONE)).containsExactly(heldWord.id(), heldLinks.id(), reported.id());
      assertThat(ids(f, QueueTab.HELD_AUTOMATICALLY, QueueFilter.NONE)).containsExactly(heldWord.id(), heldLinks.id());
      assertThat(f.app.moderation().count(QueueTab.HELD_AUTOMATICALLY, QueueFilter.NONE)).isEqualTo(2);
      assertThat(f.app.moderation().count(QueueTab.HELD_AUTOMATICALLY, new QueueFilter(null, "k4", null))).isZero();
      assertThat(f.app.moderation().count(QueueTab.HELD_AUTOMATICALLY, new QueueFilter(null, "HIRA", null))).isEqualTo(1);
      assertThat(ids(f, QueueTab.REPORTED, QueueFilter.NONE)).containsExactly(reported.id(), fine.id());
      assertThat(ids(f, QueueTab.REJECTED, QueueFilter.NONE)).containsExactly(rejected.id());
      assertThat(f.app.moderation().queue(QueueTab.REPORTED, QueueFilter.NONE, 10, 0).get(0).openReports()).isEqualTo(3);
      f.app.moderation().approve(heldWord.id(), SAIMA, null);
      f.app.moderation().approve(fine.id(), SAIMA, "disagreement is fine");
      assertThat(ids(f, QueueTab.APPROVED, QueueFilter.NONE)).containsExactly(fine.id(), heldWord.id());
      assertThat(ids(f, QueueTab.REPORTED, QueueFilter.NONE)).containsExactly(reported.id());
      assertThat(ids(f, QueueTab.PENDING, new QueueFilter(null, "HIRA", null))).containsExactly(heldLinks.id());
      assertThat(ids(f, QueueTab.PENDING, new QueueFilter(null, "k4", null))).containsExactly(reported.id());
      assertThat(ids(f, QueueTab.PENDING, new QueueFilter(null, null, "BURA"))).containsExactly(reported.id());
      assertThat(ids(f, QueueTab.PENDING, new QueueFilter(f.otherStoryId, null, null))).isEmpty();
      assertThat(ids(f, QueueTab.PENDING, new QueueFilter(f.storyId, null, "100%_"))).isEmpty();
      assertThat(f.app.moderation().count(QueueTab.PENDING, QueueFilter.NONE)).isEqualTo(2);
      assertThatThrownBy(() -> f.app.moderation().queue(QueueTab.PENDING, QueueFilter.NONE, 0, 0))
          .isInstanceOf(ModerationException.class);
      assertThat(QueueTab.fromCode("held-automatically")).contains(QueueTab.HELD_AUTOMATICALLY);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void the_classifier_learns_from_decisions_and_then_holds_similar_comments(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      f.set("moderation.words.enabled", "false");
      f.set("moderation.classifier.min-decisions", "4");
      String probe = "Tum jaise nikamme log is mulk par bojh ho, bakwas band karo";
      assertThat(f.app.classifier().score(probe)).isEmpty();
      decide(f, ModeratorDecision.APPROVE, "Hukumat ko bijli ka masla hal karna chahiye");
      decide(f, ModeratorDecision.APPROVE, "The port trust did well this quarter");
      decide(f, ModeratorDecision.REJECT, "Bakwas band karo, nikamme insaan");
      decide(f, ModeratorDecision.APPROVE, "Acha faisla hai, mubarak ho");
      double before = f.app.classifier().score(probe).orElseThrow().rejectProbability();
      decide(f, ModeratorDecision.REJECT, "Tum jaise log bojh ho is mulk par");
      decide(f, ModeratorDecision.SPAM, "Nikamme log, bakwas karte ho bas");
      decide(f, ModeratorDecision.REJECT, "Tum jaise nikamme log, chup raho");
      decide(f, ModeratorDecision.APPROVE, "Mehngai par qaboo paana zaroori hai");
      ClassifierScore after = f.app.classifier().score(probe).orElseThrow();
      assertThat(after.rejectProbability()).isGreaterThan(before).isGreaterThan(0.8);
      assertThat(after.terms()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      Comment held = f.post("Someone", probe, "c-probe");
      assertThat(held.status()).isEqualTo(CommentStatus.PENDING);
      assertThat(held.reasons()).anySatisfy(r -> {
        assertThat(r.kind()).isEqualTo(ReasonKind.CLASSIFIER);
        assertThat(((ReasonParams.Classifier) r.params()).terms()).isEqualTo(after.terms());
        assertThat(ReasonText.line(r)).startsWith("held: like comments moderators rejected (").contains("weighed most: \"");
      });
      assertThat(f.post("Else", "Hukumat ko mehngai par qaboo paana chahiye", "c-fine").status())
          .isEqualTo(CommentStatus.PUBLISHED);
      assertThat(f.app.classifier().decisions()).isEqualTo(8);
      f.set("moderation.classifier.enabled", "false");
      assertThat(f.post("Third", probe + " phir se", "c-3").status()).isEqualTo(CommentStatus.PUBLISHED);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_restarted_site_relearns_the_stored_decisions(DatabaseKind kind) throws Exception {
    Path data = temp.resolve("shared");
    try (ModerationFixture f = new ModerationFixture(kind, data)) {
      f.set("moderation.classifier.min-decisions", "2");
      decide(f, ModeratorDecision.APPROVE, "Good analysis");
      decide(f, ModeratorDecision.REJECT, "Nikamme log");
      try (news.broadsheet.App again = new news.broadsheet.App(f.app.config(), f.clock)) {
        assertThat(again.classifier().decisions()).isEqualTo(2);
        assertThat(again.classifier().isActive()).isTrue();
        assertThat(again.evaluation().evaluateDecisions(2, 1).examples()).isEqualTo(2);
      }
    }
  }

  private static void decide(ModerationFixture f, ModeratorDecision decision, String text) {
    Comment comment = f.post("Reader " + text.length(), text, "c-" + text.hashCode());
    f.app.moderation().decide(decision, comment.id(), SAIMA, decision == ModeratorDecision.REJECT ? "abuse" : "");
  }

  private static List<Long> ids(ModerationFixture f, QueueTab tab, QueueFilter filter) {
    return f.app.moderation().queue(tab, filter, 50, 0).stream().map(item -> item.comment().id()).toList();
  }
}

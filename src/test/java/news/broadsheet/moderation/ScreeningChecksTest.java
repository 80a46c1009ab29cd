package news.broadsheet.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.ReasonKind;
import news.broadsheet.comment.ReasonOutcome;
import news.broadsheet.comment.ReasonText;
import news.broadsheet.comment.InvalidCommentException;
import news.broadsheet.settings.InvalidSettingException;
import news.broadsheet.testing.DatabaseKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each check of the screening, in English, Urdu script and romanised Urdu, on SQLite and PostgreSQL. */
class ScreeningChecksTest {

  @TempDir Path temp;

  private static void assertHeld(Comment comment, String reason) {
    assertThat(comment.status()).as(comment.reasons().toString()).isEqualTo(CommentStatus.PENDING);
    assertThat(comment.reasons()).anySatisfy(r -> {
      assertThat(r.outcome()).isEqualTo(ReasonOutcome.HELD);
      assertThat(ReasonText.line(r)).startsWith("held: ").contains(reason);
    });
  }

  private static void assertRejected(Comment comment, String reason) {
    assertThat(comment.status()).as(comment.reasons().toString()).isEqualTo(CommentStatus.REJECTED);
    assertThat(comment.reasons()).anySatisfy(r -> {
      assertThat(r.outcome()).isEqualTo(ReasonOutcome.REJECTED);
      assertThat(ReasonText.line(r)).contains(reason);
    });
  }

  private static void assertPublished(Comment comment) {
    assertThat(comment.status()).as(comment.reasons().toString()).isEqualTo(CommentStatus.PUBLISHED);
    assertThat(comment.reasons()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void banned_words_reject_and_suspect_words_hold_in_three_languages(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      assertRejected(f.post("The minister is an idiot."), "\"idiot\" is not allowed here");
      assertRejected(f.post("What a 1d10t."), "\"1d10t\" (idiot)");
      assertRejected(f.post("Tu kameena hai"), "(kamina)");
      assertRejected(f.post("یہ سب حرامي ہیں"), "\"حرامی\"");
      assertRejected(f.post("ح ر ا م ی"), "(حرامی)");
      assertHeld(f.post("That is a stupid plan."), "\"stupid\" is a word a moderator looks at first");
      assertHeld(f.post("Gali ke kuttaa bhonk rahe hain"), "(kutta)");
      assertHeld(f.post("وہ غدار ہے"), "\"غدار\"");
      Comment both = f.post("stupid idiot");
      assertThat(both.status()).isEqualTo(CommentStatus.REJECTED);
      assertThat(both.reasons()).extracting(Reason::kind).containsExactly(ReasonKind.BANNED_WORDS, ReasonKind.SUSPECT_WORDS);
      assertPublished(f.post("The assistant's class passed the Scunthorpe test."));
      assertPublished(f.post("Hukumat ko bijli ka masla hal karna chahiye."));
      assertPublished(f.post("حکومت کو مہنگائی پر قابو پانا چاہیے۔"));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void word_lists_are_edited_through_the_service_and_switched_off_by_a_setting(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      assertThat(f.app.words().add(WordList.BANNED, List.of("Nalaiq", "نالائق", "nalaiq"), "admin"))
          .containsExactly("nalaiq", "نالایق");
      assertRejected(f.post("Nalaaiq hukumat"), "(nalaiq)");
      assertRejected(f.post("نالائق حکومت"), "\"نالایق\"");
      f.app.words().add(WordList.SUSPECT, List.of("nalaiq"), "admin");
      assertThat(f.app.words().list(WordList.SUSPECT)).contains("nalaiq");
      assertThat(f.app.words().list(WordList.BANNED)).doesNotContain("nalaiq").contains("نالایق");
      assertHeld(f.post("nalaiq log"), "\"nalaiq\" is a word");
      assertThat(f.app.words().remove(List.of("NALAIQ", "never-there"))).containsExactly("nalaiq");
      assertPublished(f.post("nalaiq log phir se"));
      f.set("moderation.words.enabled", "false");
      assertPublished(f.post("idiot"));
      assertThatThrownBy(() -> f.app.words().add(WordList.BANNED, List.of("fine", " "), "admin"))
          .isInstanceOf(ModerationException.class).hasMessage("a word cannot be empty");
      assertThat(f.app.words().list(WordList.BANNED)).doesNotContain("fine");
      assertThatThrownBy(() -> f.app.words().add(WordList.BANNED, List.of("x".repeat(61)), "admin"))
          .isInstanceOf(ModerationException.class).hasMessageContaining("too long");
      assertThatThrownBy(() -> f.app.words().remove(List.of()))
          .isInstanceOf(ModerationException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void too_many_links_are_held_with_the_count_and_the_limit(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      assertHeld(f.post("Earn money http://a.example.com www.b-shop.xyz cheap-pills.top"), "3 links, the limit is 2");
      assertHeld(f.post("Paise kamao bit.ly/abc aur bit.ly/def aur bit.ly/ghi"), "3 links, the limit is 2");
      assertHeld(f.post("یہاں دیکھیں https://a.pk/1 https://a.pk/2 https://a.pk/3"), "3 links, the limit is 2");
      assertPublished(f.post("Source: https://www.sbp.org.pk/m_policy and pbs.gov.pk"));
      f.set("moderation.links.max", "0");
      assertHeld(f.post("See dawn.com"), "1 link, the limit is 0");
      f.set("moderation.links.enabled", "off");
      assertPublished(f.post("See dawn.com and more"));
      assertThatThrownBy(() -> f.set("moderation.links.max", "two"))
          .isInstanceOf(InvalidSettingException.class)
          .hasMessage("moderation.links.max takes a whole number from 0 to 1000, not 'two'");
      assertThatThrownBy(() -> f.set("moderation.links.max", "-1")).isInstanceOf(InvalidSettingException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void the_same_text_again_on_a_story_is_held(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      assertPublished(f.post("Ali", "Good move by the port trust.", "k1"));
      f.clock.advance(Duration.ofMinutes(5));
      assertHeld(f.post("Ali", "good move   by the PORT trust!", "k9"), "the same comment was posted");
      assertHeld(f.post("Someone", "Good move by the port trust.", "k1"), "the same comment");
      assertPublished(f.post("Hira", "Good move by the port trust.", "k2"));
      assertPublished(f.app.posting().post(new news.broadsheet.comment.CommentDraft(
          f.otherStoryId, null, "Ali", "Good move by the port trust.", "k1")));
      assertPublished(f.post("Bilal", "بہت اچھا فیصلہ ہے", "k3"));
      assertHeld(f.post("Bilal", "بہت اچھا فيصله ہے", "k3"), "the same comment");
      assertPublished(f.post("Omar", "Bohat acha faisla", "k4"));
      assertHeld(f.post("Omar", "bohat acha faisla!!", "k4"), "the same comment");
      f.clock.advance(Duration.ofDays(2));
      assertPublished(f.post("Omar", "Bohat acha faisla", "k4"));
      assertThatThrownBy(() -> f.set("moderation.duplicates.window-minutes", "0"))
          .isInstanceOf(InvalidSettingException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_client_posting_faster_than_the_limit_is_held(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      for (int i = 0; i < 5; i++) {
        assertPublished(f.post("Zara", "Comment number " + i + " یہ", "fast-client"));
        f.clock.advance(Duration.ofSeconds(5));
      }
      assertHeld(f.post("Zara", "Aik aur comment", "fast-client"), "more than 5 comments in a minute from one connection");
      assertPublished(f.post("Other", "A different reader", "calm-client"));
      f.clock.advance(Duration.ofMinutes(2));
      assertPublished(f.post("Zara", "Ab theek hai", "fast-client"));
      f.set("moderation.flood.per-minute", "1");
      assertHeld(f.post("Zara", "دوبارہ", "fast-client"), "more than 1 comments");
      assertThatThrownBy(() -> f.set("moderation.flood.per-minute", "0")).isInstanceOf(InvalidSettingException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void shouting_in_latin_letters_is_held_and_urdu_script_never_is(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      assertHeld(f.post("THIS GOVERNMENT HAS FAILED EVERY SINGLE ONE OF US"), "mostly capital letters");
      assertHeld(f.post("YEH HUKUMAT BILKUL NAKAAM HO CHUKI HAI"), "mostly capital letters (100%)");
      assertPublished(f.post("یہ حکومت مکمل طور پر ناکام ہو چکی ہے اور عوام پریشان ہیں"));
      assertPublished(f.post("US U-TURN!"));
      assertPublished(f.post("Bilateral cooperation will help, there is NO other way!"));
      f.set("moderation.shouting.min-letters", "5");
      assertHeld(f.post("US U-TURN!"), "capital");
      f.set("moderation.shouting.enabled", "false");
      assertPublished(f.post("ENOUGH OF THIS NONSENSE ALREADY PLEASE"));
      assertThatThrownBy(() -> f.set("moderation.shouting.capitals-percent", "101"))
          .isInstanceOf(InvalidSettingException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void pre_moderation_holds_the_site_a_story_a_commenter_or_a_newcomer(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      f.set("moderation.mode", "pre");
      assertHeld(f.post("Everything is reviewed now"), "every comment is reviewed");
      f.set("moderation.mode", "post");
      f.app.premoderation().setStory(f.storyId, true, ModerationFixture.MODERATOR);
      assertHeld(f.post("On the port story"), "comments on this story are reviewed");
      f.app.premoderation().setStory(f.storyId, false, ModerationFixture.MODERATOR);
      assertPublished(f.post("Port story open again"));
      f.app.premoderation().setCommenter(Commenter.guest("Troublesome", null), true, ModerationFixture.MODERATOR);
      assertHeld(f.post("TROUBLESOME", "Mera comment", "any"), "this commenter's comments are reviewed");
      assertPublished(f.post("Kind", "Mera comment bhi", "any"));
      f.set("moderation.new-commenters.hold-first", "1");
      assertHeld(f.post("Newcomer", "پہلا تبصرہ", "new-client"), "a new commenter's first comment is reviewed");
      assertPublished(f.post("Kind", "Doosra comment", "any"));
      assertThat(f.app.moderation().historyOf("story:" + f.storyId, 10))
          .extracting(ModerationEvent::action).containsExactly(ModerationAction.UNPREMODERATED, ModerationAction.PREMODERATED);
      assertThatThrownBy(() -> f.set("moderation.mode", "maybe"))
          .isInstanceOf(InvalidSettingException.class).hasMessage("moderation.mode takes one of post, pre, not 'maybe'");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void banned_and_suspended_commenters_are_told_why_and_until_when(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      Sanction ban = f.app.sanctions().ban(Commenter.guest("Troll", "troll-pc"), "repeated abuse", ModerationFixture.MODERATOR);
      Comment refused = f.post("Someone Else", "I am back", "troll-pc");
      assertThat(refused.status()).isEqualTo(CommentStatus.REJECTED);
      assertThat(refused.reasons()).containsExactly(Reason.sanction(null, "repeated abuse"));
      assertThat(ReasonText.line(refused.reasons().get(0))).isEqualTo("You are banned from commenting: repeated abuse");
      assertThat(f.post("troll", "Naya naam nahi, purana naam", "other-pc").status()).isEqualTo(CommentStatus.REJECTED);
      f.app.sanctions().lift(ban.id(), ModerationFixture.MODERATOR);
      assertPublished(f.post("Troll", "Maafi chahta hoon", "troll-pc"));
      f.app.sanctions().suspend(Commenter.guest("گرم مزاج", null), f.clock.instant().plus(Duration.ofDays(7)),
          "ذاتی حملے", ModerationFixture.MODERATOR);
      assertThat(f.post("گرم مزاج", "میں واپس آ گیا", "pc").reasons()).map(ReasonText::line)
          .containsExactly("You are suspended until 2024-05-21 06:00 UTC: ذاتی حملے");
      f.clock.advance(Duration.ofDays(8));
      assertPublished(f.post("گرم مزاج", "میں واپس آ گیا", "pc"));
      assertThatThrownBy(() -> f.app.sanctions().ban(Commenter.guest("X", null), " ", ModerationFixture.MODERATOR))
          .isInstanceOf(ModerationException.class).hasMessageContaining("give a reason");
      assertThatThrownBy(() -> f.app.sanctions().suspend(Commenter.guest("X", null), f.clock.instant(), "r",
          ModerationFixture.MODERATOR)).isInstanceOf(ModerationException.class);
      assertThatThrownBy(() -> Commenter.guest(" ", null)).isInstanceOf(ModerationException.class);
      assertThat(f.app.moderation().historyOf("name:troll client:troll-pc", 10))
          .extracting(ModerationEvent::action).containsExactly(ModerationAction.LIFTED, ModerationAction.BANNED);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_account_is_sanctioned_and_premoderated_as_itself_not_by_the_name_it_shows(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      long ayesha = f.account("Ayesha");
      Sanction guestBan =
          f.app.sanctions().ban(Commenter.guest("Ayesha", null), "a guest who used the name", ModerationFixture.MODERATOR);
      assertPublished(f.postAs(ayesha, "Ayesha", "The account is not that guest.", "home"));
      Sanction suspension = f.app.sanctions().suspend(Commenter.account(ayesha, "Ayesha"),
          f.clock.instant().plus(Duration.ofDays(3)), "personal attacks", ModerationFixture.MODERATOR);
      assertThat(f.postAs(ayesha, "Ayesha", "From another place.", "office").reasons())
          .containsExactly(Reason.sanction(suspension.endsAt(), "personal attacks"));
      assertPublished(f.post("Zubair", "A guest on the same story.", "office"));
      assertThat(f.app.moderation().historyOf("account:" + ayesha + " (Ayesha)", 10))
          .extracting(ModerationEvent::action).containsExactly(ModerationAction.SUSPENDED);
      f.app.sanctions().lift(suspension.id(), ModerationFixture.MODERATOR);
      f.app.sanctions().ban(Commenter.guest(null, "shared-pc"), "spam from this machine", ModerationFixture.MODERATOR);
      assertRejected(f.postAs(ayesha, "Ayesha", "Signed in on the banned machine.", "shared-pc"), "spam from this machine");
      f.app.premoderation().setCommenter(Commenter.account(ayesha, "Ayesha"), true, ModerationFixture.MODERATOR);
      assertHeld(f.postAs(ayesha, "Ayesha", "Held for review now.", "home"), "this commenter's comments are reviewed");
      f.app.sanctions().lift(guestBan.id(), ModerationFixture.MODERATOR);
      assertThatThrownBy(() -> f.post("ayesha", "A guest may not take the account's name.", "elsewhere"))
          .isInstanceOf(InvalidCommentException.class)
          .hasMessageContaining("This name belongs to a reader's account here.");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_account_floods_repeats_and_is_new_as_itself_wherever_it_posts_from(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      long omar = f.account("Omar");
      f.set("moderation.flood.per-minute", "2");
      assertPublished(f.postAs(omar, "Omar", "First from home.", "home"));
      assertPublished(f.postAs(omar, "Omar", "Second from the office.", "office"));
      assertHeld(f.postAs(omar, "Omar", "Third from the phone.", "phone"), "more than 2 comments in a minute from one account");
      assertPublished(f.post("Guest", "A guest on the phone is not the account.", "phone-2"));
      f.clock.advance(Duration.ofMinutes(5));
      assertHeld(f.postAs(omar, "Omar", "first FROM home!", "cafe"), "the same comment was posted");
      assertPublished(f.post("Omar K.", "First from home.", "library"));
      f.set("moderation.new-commenters.hold-first", "1");
      long hira = f.account("Hira");
      assertHeld(f.postAs(hira, "Hira", "My first comment.", "new-machine"), "a new commenter's first comment is reviewed");
      assertPublished(f.postAs(omar, "Omar", "Known already.", "new-machine-2"));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void enough_reader_reports_hide_a_comment_until_review(DatabaseKind kind) throws Exception {
    try (ModerationFixture f = new ModerationFixture(kind, temp)) {
      Comment comment = f.post("Rude", "Tum sab bekaar ho", "rude-pc");
      assertThat(f.app.reports().report(comment.id(), "reader-1", "insulting").hidden()).isFalse();
      assertThat(f.app.reports().report(comment.id(), "reader-1", "again").openReports()).isEqualTo(1);
      assertThat(f.app.reports().report(comment.id(), "reader-2", "بدتمیزی").hidden()).isFalse();
      ReportOutcome third = f.app.reports().report(comment.id(), "reader-3", "abuse");
      assertThat(third).isEqualTo(new ReportOutcome(3, true));
      Comment hidden = f.app.comments().find(comment.id()).orElseThrow();
      assertThat(hidden.status()).isEqualTo(CommentStatus.PENDING);
      assertThat(hidden.reasons()).containsExactly(Reason.reports(3));
      assertThat(f.app.comments().published(f.storyId)).extracting(Comment::id).doesNotContain(comment.id());
      assertThatThrownBy(() -> f.app.reports().report(comment.id(), "reader-4", "more"))
          .isInstanceOf(ModerationException.class).hasMessageContaining("no published comment");
      assertThatThrownBy(() -> f.app.reports().report(comment.id(), "reader-4", " "))
          .isInstanceOf(ModerationException.class).hasMessageContaining("reason");
      assertThatThrownBy(() -> f.app.reports().report(comment.id(), "reader-4", "x".repeat(501)))
          .isInstanceOf(ModerationException.class);
      f.app.moderation().approve(comment.id(), ModerationFixture.MODERATOR, "harsh but allowed");
      assertThat(f.app.reports().report(comment.id(), "reader-5", "still rude"))
          .isEqualTo(new ReportOutcome(1, false));
      assertThatThrownBy(() -> f.set("moderation.reports.hide-at", "0")).isInstanceOf(InvalidSettingException.class);
    }
  }
}

package news.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Readers posting, replying and recommending, against SQLite and PostgreSQL. */
class CommentPostingTest {

  @TempDir Path temp;

  private App appWithReferenceStory(DatabaseKind kind) throws Exception {
    App app = TestApps.on(TestDatabases.fresh(kind, temp));
    app.importer().importAll(List.of(ArchiveInput.file(ReferenceSample.file())), ImportProgress.SILENT);
    return app;
  }

  private static long storyId(App app) {
    return app.articles().latest(1, 0).get(0).id();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_posted_comment_is_stored_exactly_as_typed_at_the_newsroom_time(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      String text = "  <b>Bold</b> claim.\r\n\r\nSecond   paragraph  ";
      Comment posted = app.posting().post(new CommentDraft(storyId(app), null, "Zainab", text, "client-1"));
      assertThat(posted.text()).isEqualTo(text);
      assertThat(posted.status()).isEqualTo(CommentStatus.PUBLISHED);
      assertThat(posted.origin()).isEqualTo(CommentOrigin.POSTED);
      // TestApps' clock says 09:00 UTC, which is 14:00 in Karachi.
      assertThat(posted.postedLocal()).isEqualTo(LocalDateTime.of(2026, 11, 28, 14, 0));
      assertThat(app.comments().published(storyId(app))).hasSize(27);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void refuses_empty_and_overlong_names_and_texts_by_field(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      assertRefused(app, new CommentDraft(id, null, " ", "Text", null), "name", CommentError.EMPTY);
      assertRefused(app, new CommentDraft(id, null, "n".repeat(61), "Text", null), "name", CommentError.TOO_LONG);
      assertRefused(app, new CommentDraft(id, null, "Ali", " \n\t ", null), "text", CommentError.EMPTY);
      assertRefused(app, new CommentDraft(id, null, "Ali", "x".repeat(5001), null), "text", CommentError.TOO_LONG);
      assertThat(app.posting().post(new CommentDraft(id, null, "n".repeat(60), "ی".repeat(5000), null)).status())
          .isEqualTo(CommentStatus.PUBLISHED);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void replies_must_answer_a_comment_of_the_same_story(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      assertRefused(app, new CommentDraft(id, 999_999L, "Ali", "Reply", null), "parentId", CommentError.NO_SUCH_PARENT);
      assertRefused(app, new CommentDraft(id + 1000, null, "Ali", "Hello", null), null, CommentError.NO_SUCH_STORY);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void replies_appear_under_their_parent_on_its_page(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      Comment first = app.comments().page(id, CommentSort.OLDEST, 1, 50).threads().get(0).comment();
      Comment reply = app.posting().post(new CommentDraft(id, first.id(), "Hira", "Agreed.", null));
      Comment replyToReply = app.posting().post(new CommentDraft(id, reply.id(), "Omar", "Not quite.", null));
      CommentPage page = app.comments().page(id, CommentSort.OLDEST, 1, 50);
      assertThat(page.threads()).hasSize(26);
      assertThat(page.published()).isEqualTo(28);
      ThreadedComment thread = page.threads().get(0);
      assertThat(thread.replies()).extracting(t -> t.comment().id()).containsExactly(reply.id());
      assertThat(thread.replies().get(0).replies()).extracting(t -> t.comment().id()).containsExactly(replyToReply.id());
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void pages_and_sorts_top_level_comments(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      CommentPage second = app.comments().page(id, CommentSort.OLDEST, 2, 10);
      assertThat(second.pageCount()).isEqualTo(3);
      assertThat(second.threads()).hasSize(10);
      assertThat(second.threads().get(0).comment().name()).isEqualTo("Anand");
      CommentPage newest = app.comments().page(id, CommentSort.NEWEST, 1, 10);
      assertThat(newest.threads().get(0).comment().name()).isEqualTo("MeToo");
      Comment saresh = app.comments().page(id, CommentSort.OLDEST, 1, 2).threads().get(1).comment();
      app.posting().recommend(saresh.id(), "reader-a");
      CommentPage recommended = app.comments().page(id, CommentSort.RECOMMENDED, 1, 10);
      assertThat(recommended.threads().get(0).comment().name()).isEqualTo("Saresh");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_reader_recommends_a_comment_once(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long commentId = app.comments().published(storyId(app)).get(0).id();
      assertThat(app.posting().recommend(commentId, "reader-a").recommendations()).isEqualTo(1);
      assertThat(app.posting().recommend(commentId, "reader-a").recommendations()).isEqualTo(1);
      assertThat(app.posting().recommend(commentId, "reader-b").recommendations()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_closed_story_refuses_comments_with_a_reason(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      app.articles().setCommentsClosed(id, true);
      assertRefused(app, new CommentDraft(id, null, "Ali", "Hello", null), null, CommentError.CLOSED);
      app.articles().setCommentsClosed(id, false);
      assertThat(app.posting().post(new CommentDraft(id, null, "Ali", "Hello", null)).id()).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_comment_from_an_account_is_stored_with_the_account(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      long account = app.accounts().addUser("Ayesha", Role.READER, "correct horse battery").id();
      Comment posted = app.posting().post(CommentDraft.byAccount(id, null, account, "Ayesha", "Signed in.", "client-1"));
      assertThat(posted.accountId()).isEqualTo(account);
      assertThat(posted.name()).isEqualTo("Ayesha");
      assertThat(app.comments().find(posted.id()).orElseThrow().accountId()).isEqualTo(account);
      assertThat(app.posting().post(new CommentDraft(id, null, "Guest", "Not signed in.", "client-2")).accountId()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void when_only_accounts_may_comment_a_guest_is_refused_and_nothing_is_stored(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      long account = app.accounts().addUser("Ayesha", Role.READER, "correct horse battery").id();
      app.settings().set("comments.commenters", "accounts", "test");
      assertThat(app.posting().guestsMayComment()).isFalse();
      long before = app.stats().stats().comments();
      assertRefused(app, new CommentDraft(id, null, "Guest", "Let me in", null), null, CommentError.SIGN_IN_REQUIRED);
      assertThat(app.stats().stats().comments()).isEqualTo(before);
      assertThat(app.posting().post(CommentDraft.byAccount(id, null, account, "Ayesha", "I may.", null)).status())
          .isEqualTo(CommentStatus.PUBLISHED);
      assertThatThrownBy(() -> app.settings().set("comments.commenters", "everyone", "test"))
          .hasMessage("comments.commenters takes one of guests, accounts, not 'everyone'");
      app.settings().set("comments.commenters", "guests", "test");
      assertThat(app.posting().post(new CommentDraft(id, null, "Guest", "Let me in", null)).id()).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void names_and_texts_are_stored_composed_and_hidden_characters_are_refused_by_field(DatabaseKind kind)
      throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      long before = app.stats().stats().comments();
      assertRefused(app, new CommentDraft(id, null, "Zain\u0000ab", "Text", null), "name", CommentError.FORBIDDEN_CHARACTER);
      assertRefused(app, new CommentDraft(id, null, "Zainab", "Te\u0000xt", null), "text", CommentError.FORBIDDEN_CHARACTER);
      assertRefused(app, new CommentDraft(id, null, "\u202EbaniaZ", "Text", null), "name", CommentError.FORBIDDEN_CHARACTER);
      assertRefused(app, new CommentDraft(id, null, "Zainab", "see moc.\u2067evil", null), "text", CommentError.FORBIDDEN_CHARACTER);
      assertRefused(app, new CommentDraft(id, null, "Zainab", "ring \u0007", null), "text", CommentError.FORBIDDEN_CHARACTER);
      assertThatThrownBy(() -> app.posting().post(new CommentDraft(id, null, "Zainab", "A\u0000", null)))
          .hasMessage("The comment holds a NUL character (U+0000), which cannot be shown; please remove it.");
      assertThatThrownBy(() -> app.posting().post(new CommentDraft(id, null, "Zain\u202Eab", "A", null)))
          .hasMessage("The name holds a bidirectional override (U+202E), which cannot be shown; please remove it.");
      assertThat(app.stats().stats().comments()).isEqualTo(before);

      Comment composed = app.posting().post(new CommentDraft(id, null, "Zoe\u0301", "Cafe\u0301\r\n\tau lait", null));
      assertThat(composed.name()).isEqualTo("Zo\u00E9");
      assertThat(composed.text()).isEqualTo("Caf\u00E9\r\n\tau lait");
      assertThat(app.comments().find(composed.id()).orElseThrow().text()).isEqualTo("Caf\u00E9\r\n\tau lait");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_guest_cannot_take_an_account_name_that_looks_the_same(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      app.accounts().addUser("Ada", Role.READER, "correct horse battery");
      for (String lookalike : List.of("ada", "\u0410da", "A\u200Bda", "Ada\u00AD", "A\u0064a")) {
        assertRefused(app, new CommentDraft(id, null, lookalike, "Me, honestly.", null), "name", CommentError.NAME_OF_AN_ACCOUNT);
      }
      assertThat(app.posting().post(new CommentDraft(id, null, "Ida", "Another reader.", null)).id()).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void many_readers_posting_at_once_are_all_stored(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      ExecutorService pool = Executors.newFixedThreadPool(32);
      List<Future<Comment>> posted = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int n = i;
        posted.add(pool.submit(() -> app.posting().post(new CommentDraft(id, null, "Reader " + n, "Same words.", null))));
      }
      for (Future<Comment> future : posted) {
        assertThat(future.get().status()).isEqualTo(CommentStatus.PUBLISHED);
      }
      pool.shutdown();
      assertThat(app.comments().published(id)).hasSize(26 + 400);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void the_same_comment_posted_many_times_at_once_is_stored_every_time(DatabaseKind kind) throws Exception {
    try (App app = appWithReferenceStory(kind)) {
      long id = storyId(app);
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<Comment>> posted = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        // The same name, minute and text: one comment's identity, told apart by its occurrence.
        posted.add(pool.submit(() -> app.posting().post(new CommentDraft(id, null, "Double click", "Sent twice.", "client-" + Thread.currentThread().getId()))));
      }
      List<Long> ids = new ArrayList<>();
      for (Future<Comment> future : posted) {
        ids.add(future.get().id());
      }
      pool.shutdown();
      assertThat(ids).doesNotHaveDuplicates().hasSize(40);
    }
  }

  private static void assertRefused(App app, CommentDraft draft, String field, CommentError error) {
    assertThatThrownBy(() -> app.posting().post(draft))
        .isInstanceOfSatisfying(
            InvalidCommentException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.error()).isEqualTo(error);
              assertThat(e.getMessage()).isNotBlank();
            });
  }
}

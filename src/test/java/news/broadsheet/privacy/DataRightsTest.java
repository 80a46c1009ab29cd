package news.broadsheet.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import news.broadsheet.App;
import news.broadsheet.account.Session;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.article.ArticleFilter;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.ThreadedComment;
import news.broadsheet.moderation.Commenter;
import news.broadsheet.moderation.ModerationAction;
import news.broadsheet.moderation.ModerationEvent;
import news.broadsheet.moderation.ModerationStore;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A commenter's data, exported and erased, against SQLite and PostgreSQL. */
class DataRightsTest {

  private static final String PASSWORD = "correct horse battery";
  private static final Moderator ADMIN = Moderator.named("Nusrat");

  @TempDir Path temp;

  private App app(DatabaseKind kind) throws Exception {
    App app = TestApps.on(TestDatabases.fresh(kind, temp));
    app.importer().importAll(List.of(ArchiveInput.file(ReferenceSample.file())), ImportProgress.SILENT);
    return app;
  }

  private static long story(App app) {
    return app.articles().latest(1, 0).get(0).id();
  }

  private static Comment guest(App app, String name, String client, String text) {
    return app.posting().post(new CommentDraft(story(app), null, name, text, client));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_accounts_export_holds_its_comments_logins_decisions_sanctions_and_no_secret(DatabaseKind kind) throws Exception {
    try (App app = app(kind)) {
      Session session = app.accounts().signUp("Ayesha", PASSWORD, PASSWORD, "198.51.100.7");
      long id = session.user().id();
      app.posting().post(CommentDraft.byAccount(story(app), null, id, "Ayesha", "Well argued.", "198.51.100.7"));
      app.posting().post(CommentDraft.byAccount(story(app), null, id, "Ayesha",
          "See http://a.example http://b.example http://c.example", "198.51.100.7"));
      guest(app, "Ayeshah", "198.51.100.7", "A guest on the same connection.");
      app.sanctions().ban(Commenter.account(id, "Ayesha"), "spamming links", ADMIN);
      app.premoderation().setCommenter(Commenter.account(id, "Ayesha"), true, ADMIN);

      CommenterData data = app.dataRights().export(app.dataRights().account("ayesha"));
      assertThat(data.subject()).isEqualTo(new CommenterData.Subject("account", id, "Ayesha", null));
      assertThat(data.account().name()).isEqualTo("Ayesha");
      assertThat(data.account().role()).isEqualTo("reader");
      assertThat(data.logins()).hasSize(1);
      assertThat(data.loginClientsLastUsed()).hasSize(1);
      assertThat(data.comments()).extracting(CommenterData.PostedComment::text)
          .containsExactly("Well argued.", "See http://a.example http://b.example http://c.example");
      assertThat(data.comments().get(1).status()).isEqualTo("pending");
      assertThat(data.comments().get(1).reasons()).singleElement().asString().contains("3 links");
      assertThat(data.comments()).allSatisfy(c -> assertThat(c.connection()).isEqualTo("198.51.100.7"));
      assertThat(data.decisions()).extracting(CommenterData.Decision::action)
          .containsExactly("published", "held", "banned", "premoderated");
      assertThat(data.decisions()).extracting(CommenterData.Decision::by).doesNotContain("Nusrat");
      assertThat(data.sanctions()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("spamming links"));
      assertThat(data.premoderation()).containsExactly("account:" + id);
      assertThat(data.toString()).doesNotContain("argon2").doesNotContain(session.token());
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_guests_export_holds_what_they_posted_under_that_name_from_that_connection_only(DatabaseKind kind) throws Exception {
    try (App app = app(kind)) {
      guest(app, "Ali", "203.0.113.5", "First.");
      guest(app, "Ali", "203.0.113.5", "Second.");
      guest(app, "Ali", "192.0.2.1", "Another Ali.");
      guest(app, "Bilal", "203.0.113.5", "Same connection, another name.");
      CommenterData data = app.dataRights().export(DataSubject.guest("Ali", "203.0.113.5"));
      assertThat(data.account()).isNull();
      assertThat(data.comments()).extracting(CommenterData.PostedComment::text).containsExactly("First.", "Second.");
      assertThatThrownBy(() -> DataSubject.guest("Ali", " ")).isInstanceOf(DataRightsException.class)
          .hasMessage("name a guest by the name they commented under and the connection they posted from (both)");
      assertThatThrownBy(() -> app.dataRights().account("Nobody")).hasMessage("there is no account named Nobody");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void erasing_a_guest_removes_their_comments_everywhere_and_keeps_a_replied_one_as_a_placeholder(DatabaseKind kind)
      throws Exception {
    try (App app = app(kind)) {
      Set<Long> changed = ConcurrentHashMap.newKeySet();
      app.storyChanges().addListener(changed::add);
      Comment replied = guest(app, "Ali", "203.0.113.5", "My zebracorn opinion, replied to.");
      Comment alone = guest(app, "Ali", "203.0.113.5", "My other zebracorn opinion.");
      Comment held = guest(app, "Ali", "203.0.113.5", "Zebracorn http://a.example http://b.example http://c.example");
      Comment reply = app.posting().post(new CommentDraft(story(app), replied.id(), "Zara", "I disagree.", "192.0.2.8"));

      Erasure erasure = app.dataRights().erase(DataSubject.guest("Ali", "203.0.113.5"), ADMIN);

      assertThat(erasure).isEqualTo(new Erasure(2, 1, false, Set.of(story(app))));
      assertThat(changed).contains(story(app));
      Comment placeholder = app.comments().find(replied.id()).orElseThrow();
      assertThat(placeholder.status()).isEqualTo(CommentStatus.PUBLISHED);
      assertThat(placeholder.name()).isEqualTo("[removed]");
      assertThat(placeholder.text()).isEqualTo("[removed at the reader's request]");
      assertThat(app.comments().find(alone.id()).orElseThrow().status()).isEqualTo(CommentStatus.ERASED);
      assertThat(app.comments().find(held.id()).orElseThrow().text()).isEmpty();
      assertThat(app.comments().published(story(app))).extracting(Comment::id).contains(replied.id(), reply.id())
          .doesNotContain(alone.id());
      assertThat(app.moderation().history(held.id())).extracting(ModerationEvent::reasons).containsOnly(List.of());
      assertThat(exported(app)).doesNotContainIgnoringCase("zebracorn")
          .contains("[removed at the reader's request]").contains("I disagree.");
      assertThat(app.dataRights().export(DataSubject.guest("Ali", "203.0.113.5")).comments()).isEmpty();
      assertThat(storedTextsMentioning(app, "ebracorn")).isZero();
      List<ModerationEvent> audit = app.database().read(h ->
          new ModerationStore().ofSubject(h, DataSubject.guest("Ali", "203.0.113.5").auditSubject(), 5));
      assertThat(audit).singleElement().satisfies(event -> {
        assertThat(event.action()).isEqualTo(ModerationAction.ERASED);
        assertThat(event.actor()).isEqualTo("Nusrat");
        assertThat(event.note()).isEqualTo(
            "at the commenter's request: 2 comments removed, 1 comment kept as \"[removed at the reader's request]\"");
      });
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void with_the_setting_remove_a_replied_comment_goes_too_and_its_thread_with_it(DatabaseKind kind) throws Exception {
    try (App app = app(kind)) {
      app.settings().set("privacy.erasure.comments-with-replies", "remove", "test");
      Comment replied = guest(app, "Ali", "203.0.113.5", "Replied to.");
      app.posting().post(new CommentDraft(story(app), replied.id(), "Zara", "I disagree.", "192.0.2.8"));
      assertThat(app.dataRights().erase(DataSubject.guest("Ali", "203.0.113.5"), ADMIN).removed()).isEqualTo(1);
      assertThat(app.comments().find(replied.id()).orElseThrow().status()).isEqualTo(CommentStatus.ERASED);
      assertThat(shownTexts(app.comments().page(story(app), CommentSort.NEWEST, 1, 50).threads()))
          .isNotEmpty()
          .doesNotContain("Replied to.", "I disagree.");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void erasing_an_account_deletes_it_with_its_logins_and_frees_its_name(DatabaseKind kind) throws Exception {
    try (App app = app(kind)) {
      Session session = app.accounts().signUp("Ayesha", PASSWORD, PASSWORD, "198.51.100.7");
      long id = session.user().id();
      Comment posted = app.posting().post(CommentDraft.byAccount(story(app), null, id, "Ayesha", "Mine.", "198.51.100.7"));
      Erasure erasure = app.dataRights().erase(app.dataRights().account("Ayesha"), ADMIN);
      assertThat(erasure.accountDeleted()).isTrue();
      assertThat(erasure.removed()).isEqualTo(1);
      assertThat(app.accounts().userOfSession(session.token())).isEmpty();
      assertThat(app.accounts().users()).extracting(u -> u.name()).doesNotContain("Ayesha");
      assertThat(app.comments().find(posted.id()).orElseThrow().accountId()).isNull();
      assertThatThrownBy(() -> app.dataRights().account("Ayesha")).hasMessage("there is no account named Ayesha");
    }
  }

  @Test
  void a_second_erasure_finds_nothing_more_to_erase() throws Exception {
    try (App app = app(DatabaseKind.SQLITE)) {
      guest(app, "Ali", "203.0.113.5", "Once.");
      app.dataRights().erase(DataSubject.guest("Ali", "203.0.113.5"), ADMIN);
      assertThat(app.dataRights().erase(DataSubject.guest("Ali", "203.0.113.5"), ADMIN))
          .isEqualTo(new Erasure(0, 0, false, Set.of()));
    }
  }

  private static List<String> shownTexts(List<ThreadedComment> threads) {
    return threads.stream()
        .flatMap(t -> Stream.concat(Stream.of(t.comment().text()), shownTexts(t.replies()).stream()))
        .toList();
  }

  private String exported(App app) throws Exception {
    Path out = temp.resolve("export-" + System.nanoTime());
    app.exporter().exportTo(out, ArticleFilter.all());
    try (Stream<Path> files = Files.list(out)) {
      return Files.readString(files.findFirst().orElseThrow(), StandardCharsets.UTF_8);
    }
  }

  private static long storedTextsMentioning(App app, String words) {
    return app.database().read(h -> h.createQuery(
            "SELECT (SELECT COUNT(*) FROM comments WHERE body LIKE :w OR reasons LIKE :w)"
                + " + (SELECT COUNT(*) FROM moderation_events WHERE reason LIKE :w)")
        .bind("w", "%" + words + "%")
        .mapTo(Long.class)
        .one());
  }
}

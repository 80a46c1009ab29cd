package news.broadsheet.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import news.broadsheet.article.Article;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.testing.DatabaseKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeskLifecycleTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_writers_draft_reaches_readers_only_once_an_editor_publishes_it(DatabaseKind kind) {
    try (DeskFixture f = new DeskFixture(kind, temp)) {
      DeskStory draft = f.desk().create(f.writer, DeskFixture.story("Port traffic recovers"));
      assertThat(draft.status()).isEqualTo(StoryStatus.DRAFT);
      assertThat(draft.revision()).isEqualTo(1);
      assertThat(f.app.articles().latest(10, 0)).isEmpty();
      assertThat(f.app.storyIndex().months()).isEmpty();

      DeskStory submitted = f.desk().submit(f.writer, draft.id());
      assertThat(submitted.status()).isEqualTo(StoryStatus.IN_REVIEW);
      assertThat(f.app.articles().latest(10, 0)).isEmpty();

      f.clock.advance(Duration.ofMinutes(30));
      DeskStory published = f.desk().publish(f.editor, draft.id(), null);
      assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
      assertThat(published.publishedAt()).isEqualTo(DeskFixture.START.plus(Duration.ofMinutes(30)));
      Article article = f.app.articles().latest(10, 0).get(0);
      assertThat(article.story().headline()).isEqualTo("Port traffic recovers");
      assertThat(article.story().format()).isEqualTo(BodyFormat.COMMONMARK);
      assertThat(article.story().dateline()).isEqualTo("KARACHI");
      assertThat(article.story().byline().authors()).isEqualTo("Ayesha Khan");
      assertThat(article.story().publishedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
      assertThat(article.publication().standfirst()).startsWith("The port trust says");
      assertThat(f.desk().revisions(f.editor, draft.id())).extracting(Revision::kind)
          .containsExactly(RevisionKind.PUBLISHED, RevisionKind.SUBMITTED, RevisionKind.CREATED);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_save_over_a_newer_revision_is_refused_with_its_author_and_nothing_is_written(DatabaseKind kind) {
    try (DeskFixture f = new DeskFixture(kind, temp)) {
      long id = f.published("Port traffic recovers");
      DeskStory opened = f.desk().open(f.editor, id);
      DeskStory openedByOther = f.desk().open(f.otherEditor, id);
      f.desk().save(f.otherEditor, id, openedByOther.revision(),
          openedByOther.content().withHeadline("Port traffic recovers fully"));

      assertThatThrownBy(() -> f.desk().save(f.editor, id, opened.revision(),
              opened.content().withBody("A different body.")))
          .isInstanceOfSatisfying(StaleRevisionException.class, stale -> {
            assertThat(stale.latest().accountName()).isEqualTo("Omar Farooq");
            assertThat(stale.current().content().headline()).isEqualTo("Port traffic recovers fully");
            assertThat(stale.getMessage()).contains("Omar Farooq saved revision 4");
          });
      DeskStory now = f.desk().open(f.editor, id);
      assertThat(now.revision()).isEqualTo(4);
      assertThat(now.content().body()).startsWith("Container traffic");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_change_of_status_in_between_does_not_make_a_save_stale(DatabaseKind kind) {
    try (DeskFixture f = new DeskFixture(kind, temp)) {
      DeskStory draft = f.desk().create(f.writer, DeskFixture.story("Port traffic recovers"));
      f.desk().submit(f.writer, draft.id());
      DeskStory saved = f.desk().save(f.editor, draft.id(), draft.revision(), draft.content().withBody("Shorter."));
      assertThat(saved.revision()).isEqualTo(3);
      assertThat(saved.status()).isEqualTo(StoryStatus.IN_REVIEW);
      assertThat(saved.content().body()).isEqualTo("Shorter.");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_edit_of_a_published_story_stamps_it_updated_and_a_correction_joins_its_history(DatabaseKind kind) {
    try (DeskFixture f = new DeskFixture(kind, temp)) {
      long id = f.published("Port traffic recovers");
      f.clock.advance(Duration.ofDays(1).plusHours(2));
      DeskStory before = f.desk().open(f.editor, id);
      DeskStory updated = f.desk().save(f.editor, id, before.revision(),
          before.content().withBody(before.content().body().replace("Two new cranes", "Three new cranes")));
      assertThat(updated.updatedAt()).isEqualTo(f.clock.instant());
      f.desk().correct(f.editor, id, "An earlier version of this story misstated the number of cranes.");

      Article article = f.app.articles().find(id).orElseThrow();
      assertThat(article.publication().updatedAt()).isEqualTo(f.clock.instant());
      assertThat(article.story().byline().updatedOn()).isEqualTo(LocalDate.of(2026, 11, 29));
      assertThat(f.app.desk().newsroom().details(id).corrections()).singleElement()
          .satisfies(c -> assertThat(c.text()).startsWith("An earlier version"));
      assertThat(f.app.desk().newsroom().corrections(10, 0)).hasSize(1);
      assertThat(f.desk().revisions(f.editor, id)).extracting(Revision::kind)
          .startsWith(RevisionKind.CORRECTED, RevisionKind.UPDATED);
      var diff = RevisionDiff.between(f.desk().revision(f.editor, id, 3).content(),
          f.desk().revision(f.editor, id, 4).content());
      assertThat(diff).singleElement().satisfies(field -> {
        assertThat(field.field()).isEqualTo("Body");
        assertThat(field.pieces()).contains(new DiffPiece(DiffPiece.Kind.REMOVED, "Two"),
            new DiffPiece(DiffPiece.Kind.ADDED, "Three"));
      });
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_unpublished_story_leaves_every_list_and_keeps_its_comments(DatabaseKind kind) {
    try (DeskFixture f = new DeskFixture(kind, temp)) {
      long id = f.published("Port traffic recovers");
      f.app.posting().post(new news.broadsheet.comment.CommentDraft(id, null, "Reader", "Good news at last.", "c1"));
      f.desk().unpublish(f.editor, id);
      assertThat(f.app.articles().latest(10, 0)).isEmpty();
      assertThat(f.app.articles().latestOf("BROADSHEET", 10, 0)).isEmpty();
      assertThat(f.app.articles().find(id).orElseThrow().status()).isEqualTo(StoryStatus.UNPUBLISHED);
      assertThat(f.app.comments().published(id)).hasSize(1);
      assertThatThrownBy(() -> f.app.posting().post(
              new news.broadsheet.comment.CommentDraft(id, null, "Reader", "Still here?", "c2")))
          .hasMessage("There is no such story.");
      DeskStory again = f.desk().publish(f.editor, id, null);
      assertThat(again.publishedAt()).isEqualTo(DeskFixture.START);
      assertThat(f.app.articles().latest(10, 0)).hasSize(1);
    }
  }
}

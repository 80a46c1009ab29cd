package news.broadsheet.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import news.broadsheet.account.Permission;
import news.broadsheet.account.Role;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.testing.DatabaseKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskPermissionsTest {

  @TempDir Path temp;
  private DeskFixture f;

  @BeforeEach
  void start() {
    f = new DeskFixture(DatabaseKind.SQLITE, temp);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void writers_and_moderators_are_different_jobs_and_editors_do_both() {
    assertThat(Role.WRITER.grants(Permission.WRITE_STORIES)).isTrue();
    assertThat(Role.WRITER.grants(Permission.MODERATE_COMMENTS)).isFalse();
    assertThat(Role.MODERATOR.grants(Permission.WRITE_STORIES)).isFalse();
    assertThat(Role.MODERATOR.grants(Permission.MODERATE_COMMENTS)).isTrue();
    assertThat(Role.EDITOR.grants(Permission.EDIT_ANY_STORY)).isTrue();
    assertThat(Role.EDITOR.grants(Permission.MODERATE_COMMENTS)).isTrue();
    assertThat(Role.EDITOR.grants(Permission.CHANGE_SETTINGS)).isFalse();
    assertThat(Role.ADMIN.grants(Permission.MANAGE_SECTIONS)).isTrue();
    assertThat(f.writer.may(Role.MODERATOR)).isFalse();
    assertThat(f.moderator.may(Role.WRITER)).isFalse();
    assertThat(f.editor.may(Role.MODERATOR)).isTrue();
  }

  @Test
  void readers_and_moderators_write_no_stories() {
    assertThatThrownBy(() -> f.desk().create(f.reader, DeskFixture.story("A reader's story")))
        .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.error()).isEqualTo(DeskError.NOT_ALLOWED));
    assertThatThrownBy(() -> f.desk().create(f.moderator, DeskFixture.story("A moderator's story")))
        .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.error()).isEqualTo(DeskError.NOT_ALLOWED));
    assertThatThrownBy(() -> f.app.desk().board().stories(f.moderator, null, 10, 0))
        .isInstanceOf(DeskException.class);
  }

  @Test
  void a_writer_works_on_their_own_drafts_alone_and_never_publishes() {
    DeskStory own = f.desk().create(f.writer, DeskFixture.story("Port traffic recovers"));
    assertThatThrownBy(() -> f.desk().open(f.otherWriter, own.id())).isInstanceOf(DeskException.class);
    assertThatThrownBy(() -> f.desk().save(f.otherWriter, own.id(), own.revision(), own.content()))
        .isInstanceOf(DeskException.class);
    assertThatThrownBy(() -> f.desk().publish(f.writer, own.id(), null))
        .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.error()).isEqualTo(DeskError.NOT_ALLOWED));
    DeskStory submitted = f.desk().submit(f.writer, own.id());
    assertThatCode(() -> f.desk().save(f.writer, own.id(), submitted.revision(), own.content().withBody("Still mine.")))
        .doesNotThrowAnyException();
    DeskStory published = f.desk().publish(f.editor, own.id(), null);
    assertThatThrownBy(() -> f.desk().save(f.writer, own.id(), published.revision(), own.content()))
        .hasMessageContaining("only editors change it now");
    assertThatThrownBy(() -> f.desk().correct(f.writer, own.id(), "A note.")).isInstanceOf(DeskException.class);
    assertThatThrownBy(() -> f.desk().unpublish(f.writer, own.id())).isInstanceOf(DeskException.class);
    assertThat(f.desk().open(f.editor, own.id()).status()).isEqualTo(StoryStatus.PUBLISHED);
  }

  @Test
  void the_desk_list_shows_a_writer_their_own_stories_and_an_editor_everyones() {
    f.desk().create(f.writer, DeskFixture.story("Port traffic recovers"));
    f.desk().create(f.otherWriter, DeskFixture.story("Rain expected in Karachi"));
    assertThat(f.app.desk().board().stories(f.writer, null, 10, 0)).extracting(DeskListItem::headline)
        .containsExactly("Port traffic recovers");
    assertThat(f.app.desk().board().stories(f.editor, null, 10, 0)).extracting(DeskListItem::headline)
        .containsExactly("Rain expected in Karachi", "Port traffic recovers");
    assertThat(f.app.desk().board().stories(f.editor, StoryStatus.PUBLISHED, 10, 0)).isEmpty();
    assertThat(f.app.desk().board().stories(f.editor, null, 10, 0).get(0).modifiedBy()).isEqualTo("Bilal Ahmed");
  }

  @Test
  void only_a_draft_is_submitted_and_a_published_story_is_not_published_twice() {
    long id = f.published("Port traffic recovers");
    assertThatThrownBy(() -> f.desk().submit(f.editor, id))
        .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.error()).isEqualTo(DeskError.WRONG_STATUS));
    assertThatThrownBy(() -> f.desk().publish(f.editor, id, null)).hasMessageContaining("published already");
    assertThatThrownBy(() -> f.desk().autosave(f.editor, id, 3, DeskFixture.story("Port traffic recovers")))
        .hasMessageContaining("Only drafts are saved automatically");
  }
}

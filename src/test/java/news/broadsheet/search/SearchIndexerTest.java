package news.broadsheet.search;

import static news.broadsheet.testing.StoryFiles.comment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.archive.ImportStoppedException;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.config.AppConfig;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.StoryFiles;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How the index catches up with what is stored: imports, bulk loads, backlogs and races. */
class SearchIndexerTest {

  @TempDir Path temp;

  private App app(DatabaseKind kind) {
    return new App(new AppConfig(TestDatabases.fresh(kind, temp), ZoneId.of("Asia/Karachi"), Map.of()),
        new MutableClock(Instant.parse("2024-06-01T06:00:00Z")));
  }

  private void importStory(App app, String file, String headline, String... comments) throws ImportStoppedException {
    Path path = StoryFiles.write(temp.resolve("in"), file, StoryFiles.story(headline, comments));
    app.importer().importAll(List.of(ArchiveInput.file(path)), ImportProgress.SILENT);
  }

  private static List<String> found(App app, String query) {
    return SearchFixture.found(app.search().search(SearchRequest.of(query)));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_imported_story_and_its_comments_are_found_once_a_server_has_indexed_them_in_the_background(DatabaseKind kind)
      throws Exception {
    try (App app = app(kind)) {
      importStory(app, "port.txt", "Port traffic recovers after the strike",
          comment("Saima", "May 14, 2024 10:05am", "The dockyard cranes stood idle for a fortnight."));
      assertThat(app.searchIndexer().queued()).isEqualTo(2);
      assertThat(found(app, "dockyard")).isEmpty();
      app.startBackgroundWork();
      Eventually.within(Duration.ofSeconds(10), () -> app.searchIndexer().queued() == 0);
      assertThat(found(app, "dockyard")).containsExactly("comment Saima: The dockyard cranes stood idle for a fortnight.");
      assertThat(found(app, "recovering")).extracting(hit -> hit.substring(0, hit.indexOf(':'))).containsExactly("story Nadia Hussain");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_bulk_load_that_bypasses_the_triggers_queues_its_comments_through_the_hook(DatabaseKind kind) throws Exception {
    try (App app = app(kind)) {
      importStory(app, "port.txt", "Port traffic recovers after the strike",
          comment("Saima", "May 14, 2024 10:05am", "The dockyard cranes stood idle for a fortnight."));
      app.searchIndexer().indexAll(done -> {});
      String suspend = app.database().isSqlite() ? "DROP TRIGGER search_comment_added"
          : "ALTER TABLE comments DISABLE TRIGGER search_comments_added";
      app.database().inTransaction(h -> h.execute(suspend));
      long firstId = app.database().read(h -> h.createQuery("SELECT MAX(id) + 1 FROM comments").mapTo(Long.class).one());
      importStory(app, "port.txt", "Port traffic recovers after the strike",
          comment("Saima", "May 14, 2024 10:05am", "The dockyard cranes stood idle for a fortnight."),
          comment("Bilal", "May 14, 2024 11:00am", "Exporters lost a fortnight of shipments."));
      assertThat(app.searchIndexer().queued()).isZero();
      int queued = app.database().inTransaction(h -> app.searchIndexer().queueComments(h, firstId));
      assertThat(queued).isEqualTo(1);
      app.searchIndexer().indexAll(done -> {});
      assertThat(found(app, "shipments")).containsExactly("comment Bilal: Exporters lost a fortnight of shipments.");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_comment_posted_while_a_backlog_waits_is_found_at_once_and_its_transaction_indexes_only_itself(DatabaseKind kind)
      throws Exception {
    try (App app = app(kind)) {
      importStory(app, "port.txt", "Port traffic recovers after the strike",
          comment("Saima", "May 14, 2024 10:05am", "The dockyard cranes stood idle for a fortnight."),
          comment("Bilal", "May 14, 2024 11:00am", "Exporters lost a fortnight of shipments."));
      long storyId = app.articles().latestOf("DAWN.COM", 1, 0).get(0).id();
      app.posting().post(new CommentDraft(storyId, null, "Kamran", "Customs clearance is still slow at the wharf.", "client-k"));
      assertThat(found(app, "wharf")).containsExactly("comment Kamran: Customs clearance is still slow at the wharf.");
      assertThat(app.searchIndexer().queued()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_batch_read_before_a_change_does_not_write_the_former_text(DatabaseKind kind) throws Exception {
    try (App app = app(kind)) {
      importStory(app, "port.txt", "Port traffic recovers after the strike",
          comment("Saima", "May 14, 2024 10:05am", "The dockyard cranes stood idle for a fortnight."));
      SearchStore store = new SearchStore();
      IndexQueueStore queue = new IndexQueueStore(app.database().isSqlite());
      BatchReader reader = new BatchReader(store, queue);
      BatchReader.Batch first = app.database().read(h -> reader.read(h, BatchReader.Position.START, 1));
      assertThat(first.items()).extracting(i -> i.item().kind()).containsExactly(DocumentKind.STORY);
      BatchReader.Batch second = app.database().read(h -> reader.read(h, first.next(), 10));
      assertThat(second.items()).extracting(i -> i.item().kind()).containsExactly(DocumentKind.COMMENT);
      long commentId = second.items().get(0).item().itemId();
      app.database().inTransaction(h -> h.execute("UPDATE comments SET body = 'The wharf reopened on Monday.' WHERE id = ?", commentId));
      IndexStore index = IndexStore.forDatabase(app.database().isSqlite());
      int written = app.database().read(h -> h.inTransaction(t -> index.write(t, second.items())));
      assertThat(written).isZero();
      assertThat(found(app, "dockyard")).isEmpty();
      assertThat(found(app, "wharf")).containsExactly("comment Saima: The wharf reopened on Monday.");
    }
  }
}

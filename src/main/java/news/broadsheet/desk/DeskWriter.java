package news.broadsheet.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.Slugs;
import news.broadsheet.article.Story;
import news.broadsheet.article.StoryChanges;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.search.SearchIndexer;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * Makes one desk step in one transaction: reads the story, refuses a save over a newer revision,
 * applies the step, checks the result, writes the story and its authors and tags, and records the
 * revision. A step either happens whole, with its revision, or not at all.
 */
final class DeskWriter {

  private final Database database;
  private final DeskStore desk;
  private final RevisionStore revisions;
  private final Taxonomy taxonomy;
  private final ArticleStore articles;
  private final SearchIndexer search;
  private final StoryChanges changes;
  private final StoryShape shape = new StoryShape();
  private final Clock clock;

  DeskWriter(Database database, DeskStore desk, RevisionStore revisions, Taxonomy taxonomy, ArticleStore articles,
      SearchIndexer search, StoryChanges changes, Clock clock) {
    this.database = database;
    this.desk = desk;
    this.revisions = revisions;
    this.taxonomy = taxonomy;
    this.articles = articles;
    this.search = search;
    this.changes = changes;
    this.clock = clock;
  }

  Optional<DeskStory> find(long id) {
    return database.read(handle -> load(handle, id));
  }

  Optional<DeskStory> load(Handle handle, long id) {
    return desk.find(handle, id).map(row -> DeskStories.of(row, taxonomy.authorNames(handle, id),
        taxonomy.tagNames(handle, id)));
  }

  /** Stores a new story, then records its first revision. */
  DeskStory create(Actor actor, DeskStory initial) {
    return database.inTransaction(handle -> {
      Story story = shape.checked(initial);
      long id = desk.insert(handle, initial, story);
      DeskStory created = initial.withId(id);
      return write(handle, actor, created, null, 0, new Step.Outcome(created, RevisionKind.CREATED));
    });
  }

  /**
   * Applies a step to a story.
   *
   * @param base the revision the step started from, or null when it does not matter (a change of
   *     status applies to whatever the story says now)
   * @throws StaleRevisionException when the story's text changed since {@code base}
   */
  Change apply(Actor actor, long id, Integer base, Step step) {
    return database.inTransaction(handle -> {
      DeskStory current = load(handle, id).orElseThrow(() -> DeskException.notFound("There is no story " + id + "."));
      int latest = current.revision();
      if (latest == 0) {
        revisions.insert(handle, revision(current, 1, new Step.Outcome(current, RevisionKind.CREATED), Actor.ARCHIVE));
      }
      if (base != null && base != latest) {
        refuseIfChanged(handle, current, base);
      }
      Instant now = clock.instant();
      Step.Outcome outcome = step.apply(current, now);
      if (outcome.kind() == RevisionKind.SAVED || outcome.kind() == RevisionKind.AUTOSAVED) {
        StoryDraft named = taxonomy.canonical(handle, outcome.next().content());
        if (named.equals(current.content()) && outcome.next().status() == current.status()) {
          return new Change(current, current);
        }
      }
      return new Change(current, write(handle, actor, outcome.next(), current.status(), latest, outcome));
    });
  }

  /**
   * Writes a story over revision {@code latest}; a story whose status changed from {@code was}
   * (null for a new one) is indexed again for search, as readers may see it or no longer; every
   * node forgets the pages it keeps of the story once the write commits.
   */
  private DeskStory write(Handle handle, Actor actor, DeskStory next, StoryStatus was, int latest,
      Step.Outcome outcome) {
    Instant now = clock.instant();
    int number = Math.max(latest, 1) + (latest == 0 && outcome.kind() == RevisionKind.CREATED ? 0 : 1);
    DeskStory named = next.with(next.status(), taxonomy.canonical(handle, next.content()));
    DeskStory saved = named.saved(number, Slugs.of(named.content().headline()), StoryShape.byline(named), now);
    Story story = shape.checked(saved);
    articles.findByKey(handle, story.key()).filter(other -> other.id() != saved.id()).ifPresent(other -> {
      throw DeskException.invalid("headline", "Another story of " + story.publishedOn()
          + " already has this headline (story " + other.id() + "); change one of them.");
    });
    Long sectionId = taxonomy.sectionId(handle, saved.content().section());
    if (!desk.write(handle, saved, story, sectionId, latest)) {
      throw stale(handle, load(handle, saved.id()).orElseThrow(), latest);
    }
    taxonomy.link(handle, saved.id(), saved.content().authors(), saved.content().tags(), now.toEpochMilli());
    if (saved.status() != was) {
      search.storyShownChanged(handle, saved.id());
    }
    revisions.insert(handle, revision(saved, number, outcome, actor));
    changes.changed(handle, saved.id());
    return saved;
  }

  private void refuseIfChanged(Handle handle, DeskStory current, int base) {
    StoryDraft then = revisions.find(handle, current.id(), base)
        .orElseThrow(() -> DeskException.invalid("revision", "Story " + current.id() + " has no revision " + base + "."))
        .content();
    if (!then.equals(current.content())) {
      throw stale(handle, current, base);
    }
  }

  private StaleRevisionException stale(Handle handle, DeskStory current, int base) {
    Revision latest = revisions.find(handle, current.id(), Math.max(current.revision(), 1)).orElseThrow();
    return new StaleRevisionException(current, latest, base);
  }

  private Revision revision(DeskStory story, int number, Step.Outcome outcome, Actor actor) {
    return new Revision(story.id(), number, outcome.kind(), outcome.note(), actor.accountId(), actor.name(),
        clock.instant(), story.status(), story.content());
  }

  /** A story before and after a step. */
  record Change(DeskStory before, DeskStory after) {}

  /** Every revision of a story, newest first. */
  List<Revision> revisions(long id) {
    return new ArrayList<>(database.read(handle -> revisions.all(handle, id)));
  }

  Optional<Revision> revision(long id, int number) {
    return database.read(handle -> revisions.find(handle, id, number));
  }
}

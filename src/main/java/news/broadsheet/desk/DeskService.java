package news.broadsheet.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import news.broadsheet.account.User;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.SourceZones;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.media.MediaService;
import news.broadsheet.settings.SettingsService;

/**
 * The newsroom's desk: a story's life from draft to review, schedule, publication, updates and
 * corrections, and off the site again. Every step is a revision; a save names the revision it
 * started from and is refused, with nothing written, when someone else changed the story since.
 * Each method checks the account's right to the step ({@link DeskPolicy}).
 */
public final class DeskService {

  static final int MAX_CORRECTION = 1000;

  private final DeskWriter writer;
  private final SettingsService settings;
  private final SourceZones zones;
  private final MediaService media;
  private final StoryEffects effects;
  private final Clock clock;

  DeskService(DeskWriter writer, SettingsService settings, SourceZones zones, MediaService media,
      StoryEffects effects, Clock clock) {
    this.writer = writer;
    this.settings = settings;
    this.zones = zones;
    this.media = media;
    this.effects = effects;
    this.clock = clock;
  }

  /** A new draft by this account. */
  public DeskStory create(User by, StoryDraft draft) {
    DeskPolicy.mayCreate(by);
    StoryDraft content = checked(draft);
    String source = settings.get(DeskSettings.SOURCE);
    Instant now = clock.instant();
    DeskStory initial = new DeskStory(0, StoryStatus.DRAFT, 0, content, BodyFormat.COMMONMARK, "story", source,
        zones.zoneOf(source), null, LocalDate.ofInstant(now, zones.zoneOf(source)), null, null, null, by.id(), now);
    DeskStory created = writer.create(Actor.of(by), initial);
    effects.after(null, created);
    return created;
  }

  /** A story as the desk shows it to this account. */
  public DeskStory open(User by, long id) {
    DeskStory story = writer.find(id).orElseThrow(() -> DeskException.notFound("There is no story " + id + "."));
    DeskPolicy.mayOpen(by, story);
    return story;
  }

  /**
   * Saves the story's text. Saving a published story publishes the change and stamps it "Updated".
   *
   * @param base the revision the editor started from
   * @throws StaleRevisionException when another save changed the text since {@code base}
   */
  public DeskStory save(User by, long id, int base, StoryDraft draft) {
    StoryDraft content = checked(draft);
    return step(by, id, base, (current, now) -> {
      DeskPolicy.mayEdit(by, current);
      if (current.status() == StoryStatus.PUBLISHED) {
        return new Step.Outcome(
            current.with(current.status(), content).dated(current.publishedOn(), current.publishedAt(), now, null),
            RevisionKind.UPDATED);
      }
      return new Step.Outcome(current.with(current.status(), content), RevisionKind.SAVED);
    });
  }

  /** Saves a draft's text in passing (the editor's autosave); never a story readers see or will see. */
  public DeskStory autosave(User by, long id, int base, StoryDraft draft) {
    StoryDraft content = checked(draft);
    return step(by, id, base, (current, now) -> {
      DeskPolicy.mayEdit(by, current);
      if (current.status() != StoryStatus.DRAFT && current.status() != StoryStatus.IN_REVIEW) {
        throw DeskException.wrongStatus("Only drafts are saved automatically; this story is " + current.status().label() + ".");
      }
      return new Step.Outcome(current.with(current.status(), content), RevisionKind.AUTOSAVED);
    });
  }

  /** A writer hands a draft to the editors. */
  public DeskStory submit(User by, long id) {
    return step(by, id, null, (current, now) -> {
      DeskPolicy.mayEdit(by, current);
      requireStatus(current, StoryStatus.DRAFT, "Only a draft can be submitted for review");
      StoryRules.checkComplete(current.content());
      return new Step.Outcome(current.with(StoryStatus.IN_REVIEW, current.content()), RevisionKind.SUBMITTED);
    });
  }

  /** An editor sends a story in review back to its writer. */
  public DeskStory returnToDraft(User by, long id) {
    return step(by, id, null, (current, now) -> {
      DeskPolicy.mayPublish(by);
      requireStatus(current, StoryStatus.IN_REVIEW, "Only a story in review goes back to its writer");
      return new Step.Outcome(current.with(StoryStatus.DRAFT, current.content()), RevisionKind.RETURNED);
    });
  }

  /**
   * Publishes a story now, or schedules it for a later time.
   *
   * @param at when to publish; null or a time already past publishes at once
   */
  public DeskStory publish(User by, long id, Instant at) {
    return step(by, id, null, (current, now) -> Lifecycle.publish(by, current, at, now));
  }

  /** Takes a published story off the site (readers get 410 Gone), or a scheduled one off the schedule. */
  public DeskStory unpublish(User by, long id) {
    return step(by, id, null, (current, now) -> Lifecycle.unpublish(by, current));
  }

  /** Makes an earlier revision's text the story's text again, as a new revision. */
  public DeskStory restore(User by, long id, int revision, int base) {
    StoryDraft content = revision(by, id, revision).content();
    return step(by, id, base, (current, now) -> {
      DeskPolicy.mayEdit(by, current);
      boolean live = current.status() == StoryStatus.PUBLISHED;
      DeskStory next = current.with(current.status(), content);
      return new Step.Outcome(live ? next.dated(next.publishedOn(), next.publishedAt(), now, null) : next,
          RevisionKind.RESTORED, "revision " + revision);
    });
  }

  /**
   * Adds a correction note to a published story: shown at its foot with its date, listed on the
   * corrections page, and kept in its history as a revision of its own.
   */
  public DeskStory correct(User by, long id, String text) {
    String note = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (note.isEmpty() || note.length() > MAX_CORRECTION) {
      throw DeskException.invalid("text", "A correction has 1 to " + MAX_CORRECTION + " characters.");
    }
    return step(by, id, null, (current, now) -> {
      DeskPolicy.mayPublish(by);
      requireStatus(current, StoryStatus.PUBLISHED, "Only a published story takes a correction");
      return new Step.Outcome(current.with(current.status(), current.content()), RevisionKind.CORRECTED, note);
    });
  }

  /** Whether this account may change the story's text now (for the pages to offer it or not). */
  public boolean mayEdit(User by, DeskStory story) {
    try {
      DeskPolicy.mayEdit(by, story);
      return true;
    } catch (DeskException refused) {
      return false;
    }
  }

  /** Every revision of a story, newest first. */
  public List<Revision> revisions(User by, long id) {
    open(by, id);
    return writer.revisions(id);
  }

  public Revision revision(User by, long id, int number) {
    open(by, id);
    return writer.revision(id, number)
        .orElseThrow(() -> DeskException.notFound("Story " + id + " has no revision " + number + "."));
  }

  DeskStory step(User by, long id, Integer base, Step step) {
    DeskWriter.Change change = writer.apply(Actor.of(by), id, base, step);
    effects.after(change.before(), change.after());
    return change.after();
  }

  private StoryDraft checked(StoryDraft draft) {
    StoryDraft content = StoryRules.check(draft);
    if (!content.leadMedia().isEmpty() && media.find(content.leadMedia()).isEmpty()) {
      throw DeskException.invalid("leadMedia", "The lead image " + content.leadMedia() + " is not stored here.");
    }
    return content;
  }

  private static void requireStatus(DeskStory story, StoryStatus wanted, String rule) {
    if (story.status() != wanted) {
      throw DeskException.wrongStatus(rule + "; this one is " + story.status().label() + ".");
    }
  }
}

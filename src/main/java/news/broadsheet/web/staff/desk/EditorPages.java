package news.broadsheet.web.staff.desk;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.account.Permission;
import news.broadsheet.account.User;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.desk.CommentsMode;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.desk.Section;
import news.broadsheet.desk.StoryDraft;
import news.broadsheet.media.Media;
import news.broadsheet.web.staff.StaffFrame;

/** Builds the editor's page for a member, from a stored story or from a form sent back. */
final class EditorPages {

  private static final Set<StoryStatus> PUBLISHABLE =
      EnumSet.of(StoryStatus.DRAFT, StoryStatus.IN_REVIEW, StoryStatus.SCHEDULED, StoryStatus.UNPUBLISHED);

  private final DeskParts parts;

  EditorPages(DeskParts parts) {
    this.parts = parts;
  }

  /** The values of a stored story's fields, as the form shows them. */
  Map<String, String> values(DeskStory story) {
    StoryDraft content = story.content();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("headline", content.headline());
    values.put("standfirst", content.standfirst());
    values.put("authors", String.join(", ", content.authors()));
    values.put("dateline", content.dateline());
    values.put("section", content.section());
    values.put("tags", String.join(", ", content.tags()));
    values.put("body", content.body());
    values.put("printPublication", content.printPublication());
    values.put("printDate", content.printDate() == null ? "" : content.printDate().toString());
    values.put("comments", content.commentsMode().code());
    values.put("leadMedia", content.leadMedia());
    ZoneId zone = parts.zone();
    values.put("publishAt", story.publishAt() == null ? ""
        : LocalDateTime.ofInstant(story.publishAt(), zone).truncatedTo(ChronoUnit.MINUTES).toString());
    return values;
  }

  /** A new story's empty form, with the member as its author. */
  Map<String, String> blank(User user) {
    Map<String, String> values = new LinkedHashMap<>();
    StoryForm.FIELDS.forEach(field -> values.put(field, ""));
    values.put("authors", user.name());
    values.put("comments", CommentsMode.OPEN.code());
    return values;
  }

  EditorPage page(StaffFrame frame, User user, DeskStory story, Map<String, String> values, Map<String, String> errors,
      String problem, String notice) {
    StoryStatus status = story == null ? null : story.status();
    boolean editor = user.can(Permission.EDIT_ANY_STORY);
    boolean publishable = editor && (status == null || PUBLISHABLE.contains(status));
    return new EditorPage(
        frame,
        story == null ? 0 : story.id(),
        status == null ? "new" : status.label(),
        story == null ? 0 : story.revision(),
        values,
        errors,
        problem,
        notice,
        sections(values.get("section")),
        commentModes(values.get("comments")),
        lead(values.get("leadMedia")),
        steps(status, editor, publishable),
        new EditorPage.Options(
            editor && (status == StoryStatus.PUBLISHED || status == StoryStatus.SCHEDULED),
            status == StoryStatus.SCHEDULED ? "Take off the schedule" : "Unpublish",
            editor && status == StoryStatus.IN_REVIEW,
            editor && status == StoryStatus.PUBLISHED,
            publishable),
        status == StoryStatus.PUBLISHED ? "/news/" + story.id() + "/" + story.slug() : null,
        status == null || status == StoryStatus.DRAFT || status == StoryStatus.IN_REVIEW,
        parts.maxUploadMb(),
        parts.zone().getId());
  }

  private static List<EditorPage.Step> steps(StoryStatus status, boolean editor, boolean publishable) {
    List<EditorPage.Step> steps = new ArrayList<>();
    String save = status == StoryStatus.PUBLISHED ? "Publish update"
        : status == StoryStatus.SCHEDULED || status == StoryStatus.UNPUBLISHED ? "Save" : "Save draft";
    steps.add(new EditorPage.Step("save", save, status == StoryStatus.PUBLISHED || !publishable && !editor));
    if (!editor && (status == null || status == StoryStatus.DRAFT)) {
      steps.add(new EditorPage.Step("submit", "Submit for review", true));
    }
    if (publishable) {
      steps.add(new EditorPage.Step("publish", status == StoryStatus.UNPUBLISHED ? "Publish again" : "Publish now", true));
    }
    return steps;
  }

  private List<EditorPage.Option> sections(String chosen) {
    List<EditorPage.Option> options = new ArrayList<>();
    options.add(new EditorPage.Option("", "No section", chosen == null || chosen.isEmpty()));
    for (Section section : parts.desk().sections().all()) {
      options.add(new EditorPage.Option(section.slug(), section.name(), section.slug().equals(chosen)));
    }
    return options;
  }

  private static List<EditorPage.Option> commentModes(String chosen) {
    List<EditorPage.Option> options = new ArrayList<>();
    for (CommentsMode mode : CommentsMode.values()) {
      options.add(new EditorPage.Option(mode.code(), mode.label(), mode.code().equals(chosen)));
    }
    return options;
  }

  private EditorPage.Image lead(String key) {
    if (key == null || key.isEmpty()) {
      return null;
    }
    Media media = parts.media().find(key).orElse(null);
    return media == null ? null : new EditorPage.Image(media.path(media.widths().get(0)), media.alt(), key);
  }
}

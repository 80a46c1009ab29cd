package news.broadsheet.desk;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.Slugs;
import org.jdbi.v3.core.Handle;

/**
 * A story's section, authors and tags, inside the desk's transactions. Authors and tags are known
 * by their addresses ({@code /authors/ayesha-khan}): a name not known yet becomes a new profile or
 * tag; a section must exist (admins make them).
 */
final class Taxonomy {

  private final AuthorStore authors;
  private final TagStore tags;
  private final SectionStore sections;

  Taxonomy(AuthorStore authors, TagStore tags, SectionStore sections) {
    this.authors = authors;
    this.tags = tags;
    this.sections = sections;
  }

  List<String> authorNames(Handle handle, long storyId) {
    return authors.ofStory(handle, storyId).stream().map(Author::name).toList();
  }

  List<String> tagNames(Handle handle, long storyId) {
    return tags.ofStory(handle, storyId).stream().map(Tag::name).toList();
  }

  /** The id of the section of this slug, or null for none. */
  Long sectionId(Handle handle, String slug) {
    if (slug.isEmpty()) {
      return null;
    }
    return sections.bySlug(handle, slug).map(Section::id)
        .orElseThrow(() -> DeskException.invalid("section", "There is no section '" + slug + "'."));
  }

  /** The content with each author and tag named as its profile or tag already is, where there is one. */
  StoryDraft canonical(Handle handle, StoryDraft content) {
    List<String> authorNames = content.authors().stream()
        .map(name -> authors.bySlug(handle, Slugs.of(name)).map(Author::name).orElse(name)).toList();
    List<String> tagNames = content.tags().stream()
        .map(name -> tags.bySlug(handle, Slugs.of(name)).map(Tag::name).orElse(name)).toList();
    return new StoryDraft(content.headline(), content.standfirst(), authorNames, content.dateline(), content.section(),
        tagNames, content.body(), content.printPublication(), content.printDate(), content.commentsMode(),
        content.leadMedia());
  }

  void link(Handle handle, long storyId, List<String> authorNames, List<String> tagNames, long now) {
    List<Long> authorIds = new ArrayList<>();
    for (String name : authorNames) {
      String slug = Slugs.of(name);
      authorIds.add(authors.bySlug(handle, slug).map(Author::id).orElseGet(() -> authors.insert(handle, name, slug, now)));
    }
    authors.link(handle, storyId, authorIds);
    List<Long> tagIds = new ArrayList<>();
    for (String name : tagNames) {
      String slug = Slugs.of(name);
      tagIds.add(tags.bySlug(handle, slug).map(Tag::id).orElseGet(() -> tags.insert(handle, name, slug)));
    }
    tags.link(handle, storyId, tagIds);
  }
}

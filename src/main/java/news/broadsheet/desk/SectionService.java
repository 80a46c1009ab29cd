package news.broadsheet.desk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Slugs;
import news.broadsheet.storage.Database;

/**
 * The site's sections: admins create them, name them and order them, and choose those the
 * navigation lists. A section's address ({@code /sections/{slug}}) is made from its first name and
 * never changes, so links to it keep working when it is renamed.
 */
public final class SectionService {

  private final Database database;
  private final SectionStore store;
  private final Clock clock;

  SectionService(Database database, SectionStore store, Clock clock) {
    this.database = database;
    this.store = store;
    this.clock = clock;
  }

  /** Every section, in navigation order. */
  public List<Section> all() {
    return database.read(store::all);
  }

  /** The sections the navigation lists, in order. */
  public List<Section> navigation() {
    return all().stream().filter(Section::inNavigation).toList();
  }

  public Optional<Section> bySlug(String slug) {
    return database.read(handle -> store.bySlug(handle, slug == null ? "" : slug));
  }

  /** The name of the section at this slug, or the slug itself when no section has it any more. */
  public String nameOf(String slug) {
    return bySlug(slug).map(Section::name).orElse(slug);
  }

  /** A new section, last in the navigation. */
  public Section add(String name, boolean inNavigation) {
    String checked = name(name);
    String slug = Slugs.of(checked);
    return database.inTransaction(handle -> {
      if (store.bySlug(handle, slug).isPresent()) {
        throw DeskException.invalid("name", "There is a section at /sections/" + slug + " already.");
      }
      int position = store.all(handle).size() + 1;
      long id = store.insert(handle, checked, slug, position, inNavigation, clock.millis());
      return new Section(id, checked, slug, position, inNavigation);
    });
  }

  /** Renames a section and shows it in the navigation or not; its address stays. */
  public Section change(String slug, String name, boolean inNavigation) {
    String checked = name(name);
    return database.inTransaction(handle -> {
      Section section = existing(handle, slug);
      Section changed = new Section(section.id(), checked, section.slug(), section.position(), inNavigation);
      store.update(handle, changed);
      return changed;
    });
  }

  /** Moves a section to a place in the navigation (1 is first); the others close up around it. */
  public List<Section> move(String slug, int position) {
    return database.inTransaction(handle -> {
      Section moved = existing(handle, slug);
      List<Section> order = new ArrayList<>(store.all(handle));
      order.removeIf(section -> section.id() == moved.id());
      order.add(Math.max(0, Math.min(order.size(), position - 1)), moved);
      List<Section> renumbered = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        Section section = order.get(i);
        Section placed = new Section(section.id(), section.name(), section.slug(), i + 1, section.inNavigation());
        store.update(handle, placed);
        renumbered.add(placed);
      }
      return renumbered;
    });
  }

  private Section existing(org.jdbi.v3.core.Handle handle, String slug) {
    return store.bySlug(handle, slug == null ? "" : slug)
        .orElseThrow(() -> DeskException.notFound("There is no section '" + slug + "'."));
  }

  private static String name(String name) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty() || stripped.length() > 60 || stripped.codePoints().anyMatch(Character::isISOControl)
        || stripped.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw DeskException.invalid("name", "A section's name has 1 to 60 characters on one line, with a letter or digit.");
    }
    return stripped;
  }
}

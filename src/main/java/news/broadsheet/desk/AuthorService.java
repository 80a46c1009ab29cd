package news.broadsheet.desk;

import java.util.List;
import java.util.Optional;
import news.broadsheet.storage.Database;

/**
 * Author profiles: a name, a short biography and a page of their stories. A profile is made the
 * first time a story names its author; editors then write its biography.
 */
public final class AuthorService {

  static final int MAX_BIO = 1_000;

  private final Database database;
  private final AuthorStore store;

  AuthorService(Database database, AuthorStore store) {
    this.database = database;
    this.store = store;
  }

  public List<Author> all() {
    return database.read(store::all);
  }

  public Optional<Author> bySlug(String slug) {
    return database.read(handle -> store.bySlug(handle, slug == null ? "" : slug));
  }

  /** Changes a profile's name and biography; its address stays. */
  public Author describe(String slug, String name, String bio) {
    String checkedName = name == null ? "" : name.strip();
    String checkedBio = bio == null ? "" : bio.strip().replace("\r\n", "\n");
    if (checkedName.isEmpty() || checkedName.length() > StoryRules.MAX_NAME
        || checkedName.codePoints().anyMatch(Character::isISOControl)) {
      throw DeskException.invalid("name", "An author's name has 1 to " + StoryRules.MAX_NAME + " characters on one line.");
    }
    if (checkedBio.length() > MAX_BIO) {
      throw DeskException.invalid("bio", "A biography has at most " + MAX_BIO + " characters, not " + checkedBio.length() + ".");
    }
    return database.inTransaction(handle -> {
      Author author = store.bySlug(handle, slug == null ? "" : slug)
          .orElseThrow(() -> DeskException.notFound("There is no author '" + slug + "'."));
      store.update(handle, author.id(), checkedName, checkedBio, author.accountId());
      return new Author(author.id(), checkedName, author.slug(), checkedBio, author.accountId());
    });
  }
}

package news.broadsheet.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.broadsheet.account.AccountService;
import news.broadsheet.account.User;
import news.broadsheet.article.StoryChanges;
import news.broadsheet.moderation.ActorKind;
import news.broadsheet.moderation.Commenter;
import news.broadsheet.moderation.ModerationAction;
import news.broadsheet.moderation.ModerationEvent;
import news.broadsheet.moderation.ModerationStore;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Change;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;
import news.broadsheet.text.TypedText;

/**
 * A commenter's data rights: everything stored about them, handed over as one record
 * ({@link CommenterData}), and its erasure. Erasing takes their comments off the pages, the API,
 * feeds and exports, or keeps those with replies as "[removed at the reader's request]"
 * ({@link PrivacySettings#COMMENTS_WITH_REPLIES}); drops the reasons recorded with decisions on
 * them, which may quote the text; deletes an account with its logins; records the request in
 * the audit trail by counts alone; and tells {@link StoryChanges} of every story it touched (and
 * every node of a deleted account). Their
 * sanctions and pre-moderation stay: they guard the site, not the commenter's words.
 */
public final class DataRightsService {

  /** The most guests one search lists. */
  static final int MOST_FOUND = 50;

  private final Database database;
  private final CommenterDataStore store;
  private final CommenterSearchStore search = new CommenterSearchStore();
  private final AccountService accounts;
  private final ModerationStore events;
  private final SettingsService settings;
  private final StoryChanges changes;
  private final Clock clock;

  public DataRightsService(
      Database database,
      CommenterDataStore store,
      AccountService accounts,
      ModerationStore events,
      SettingsService settings,
      StoryChanges changes,
      Clock clock) {
    this.database = database;
    this.store = store;
    this.accounts = accounts;
    this.events = events;
    this.settings = settings;
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * The account of this name (case aside).
   *
   * @throws DataRightsException when there is none
   */
  public DataSubject account(String name) {
    User user = accounts.user(name).orElseThrow(() -> new DataRightsException("there is no account named " + name));
    return DataSubject.account(user.id(), user.name());
  }

  /**
   * The commenter a request names: an account by its name, or a guest by the name they commented
   * under and the connection they posted from; blank values name nothing.
   *
   * @throws DataRightsException when it names neither or both, a guest without both parts, or an
   *     account that does not exist
   */
  public DataSubject subject(String account, String guest, String client) {
    boolean byAccount = account != null && !account.isBlank();
    boolean byGuest = (guest != null && !guest.isBlank()) || (client != null && !client.isBlank());
    if (byAccount == byGuest) {
      throw new DataRightsException(
          "name one commenter: an account by its name, or a guest by the name they commented under and the connection they posted from");
    }
    return byAccount ? account(account.strip()) : DataSubject.guest(guest, client);
  }

  /**
   * The commenters of a name: the account of that name (case aside), then the guests who posted
   * under exactly that name, one for each connection, the latest first ({@value #MOST_FOUND} at most).
   */
  public List<FoundCommenter> find(String name) {
    String typed = name == null ? "" : TypedText.normalised(name).strip();
    if (typed.isEmpty()) {
      return List.of();
    }
    List<FoundCommenter> found = new ArrayList<>();
    accounts.user(typed).ifPresent(user -> found.add(database.read(handle ->
        search.account(handle, DataSubject.account(user.id(), user.name()), user.role().code()))));
    found.addAll(database.read(handle -> search.guests(handle, typed, MOST_FOUND)));
    return found;
  }

  public CommenterData export(DataSubject subject) {
    Commenter commenter = subject.commenter();
    return database.read(handle -> {
      List<CommenterData.PostedComment> comments = store.comments(handle, subject);
      List<Long> ids = comments.stream().map(CommenterData.PostedComment::id).toList();
      Long account = subject.accountId();
      return new CommenterData(
          new CommenterData.Subject(subject.isAccount() ? "account" : "guest", account, subject.name(), subject.clientKey()),
          clock.instant(),
          account == null ? null : store.account(handle, account),
          account == null ? List.of() : store.logins(handle, account),
          account == null ? List.of() : store.loginClients(handle, account),
          comments,
          store.decisions(handle, ids, commenter.subject()),
          store.sanctions(handle, subject, commenter.nameKey()),
          store.premoderation(handle, Set.copyOf(commenter.keys())));
    });
  }

  /** Erases what is stored about the commenter; see the class comment for what that means. */
  public Erasure erase(DataSubject subject, Moderator requestedBy) {
    boolean anonymiseReplied = settings.get(PrivacySettings.COMMENTS_WITH_REPLIES).equals(PrivacySettings.ANONYMISE);
    Erasure done = database.inTransaction(handle -> {
      List<CommenterData.PostedComment> comments = store.comments(handle, subject);
      List<Long> ids = comments.stream().map(CommenterData.PostedComment::id).toList();
      Set<Long> kept = new HashSet<>(anonymiseReplied ? store.withPublishedReplies(handle, ids) : List.of());
      List<Long> removed = ids.stream().filter(id -> !kept.contains(id)).toList();
      store.anonymise(handle, List.copyOf(kept));
      store.erase(handle, removed);
      store.forgetAround(handle, ids);
      if (subject.isAccount()) {
        store.deleteAccount(handle, subject.accountId());
      }
      Set<Long> stories = new HashSet<>();
      comments.forEach(c -> stories.add(c.storyId()));
      stories.forEach(story -> changes.changed(handle, story)); // every node forgets their pages on commit
      if (subject.isAccount()) {
        database.changes().announce(handle, Change.of(ChangeKind.ACCOUNTS, subject.accountId()));
      }
      Erasure erasure = new Erasure(removed.size(), kept.size(), subject.isAccount(), stories);
      events.insert(handle, new ModerationEvent(0, null, subject.auditSubject(), ActorKind.MODERATOR,
          requestedBy.name(), requestedBy.accountId(), ModerationAction.ERASED, List.of(), erasure.summary(), null, null,
          clock.instant()));
      return erasure;
    });
    return done;
  }
}

package news.broadsheet.web.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.broadsheet.privacy.FoundCommenter;
import news.broadsheet.web.staff.StaffTimes.ShownTime;

/**
 * The admins' data-rights page: a search by name, and each commenter found with their export and
 * erasure.
 *
 * @param searched whether a name was searched for (else the page shows the search alone)
 * @param keepsReplied whether an erasure keeps replied comments as "[removed at the reader's request]"
 */
public record DataRightsPage(
    StaffFrame frame, String search, boolean searched, List<Row> rows, String notice, String problem, boolean keepsReplied) {

  /**
   * One commenter: an account, or a guest from one connection.
   *
   * @param connection the guest's connection (client key), or null for an account
   * @param role the account's role, or null for a guest
   * @param latest when their latest stored comment was posted, or null
   */
  public record Row(
      String name, String connection, String role, long comments, ShownTime latest, String exportHref, String eraseHref) {

    static Row of(FoundCommenter found, StaffTimes times) {
      var subject = found.subject();
      String query = subject.isAccount()
          ? "account=" + encode(subject.name())
          : "guest=" + encode(subject.name()) + "&client=" + encode(subject.clientKey());
      return new Row(subject.name(), subject.clientKey(), found.role(), found.comments(),
          found.lastComment() == null ? null : times.show(found.lastComment()),
          DataRightsHandlers.PATH + "/export?" + query, DataRightsHandlers.PATH + "/erase?" + query);
    }

    public boolean account() {
      return connection == null;
    }

    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
  }
}

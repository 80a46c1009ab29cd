package news.broadsheet.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.StoryStatus;
import org.jdbi.v3.core.Handle;

/** Reads and writes the revisions of stories; a revision is never changed once written. */
public final class RevisionStore {

  private static final String COLUMNS =
      "article_id, revision, kind, note, account_id, account_name, created_at, status, headline, standfirst,"
          + " authors, dateline, section_slug, tags, body, print_publication, print_date, comments_mode, lead_media";

  public void insert(Handle handle, Revision revision) {
    StoryDraft content = revision.content();
    handle
        .createUpdate("INSERT INTO story_revisions (" + COLUMNS + ") VALUES (:storyId, :number, :kind, :note,"
            + " :accountId, :accountName, :createdAt, :status, :headline, :standfirst, :authors, :dateline,"
            + " :section, :tags, :body, :printPublication, :printDate, :commentsMode, :leadMedia)")
        .bind("storyId", revision.storyId())
        .bind("number", revision.number())
        .bind("kind", revision.kind().code())
        .bind("note", revision.note())
        .bind("accountId", revision.accountId())
        .bind("accountName", revision.accountName())
        .bind("createdAt", revision.createdAt().toEpochMilli())
        .bind("status", revision.status().code())
        .bind("headline", content.headline())
        .bind("standfirst", content.standfirst())
        .bind("authors", String.join("\n", content.authors()))
        .bind("dateline", content.dateline())
        .bind("section", content.section())
        .bind("tags", String.join("\n", content.tags()))
        .bind("body", content.body())
        .bind("printPublication", content.printPublication())
        .bind("printDate", content.printDate() == null ? "" : content.printDate().toString())
        .bind("commentsMode", content.commentsMode().code())
        .bind("leadMedia", content.leadMedia())
        .execute();
  }

  public Optional<Revision> find(Handle handle, long storyId, int number) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM story_revisions WHERE article_id = ? AND revision = ?")
        .bind(0, storyId)
        .bind(1, number)
        .map((rs, ctx) -> revision(rs))
        .findOne();
  }

  /** Every revision of a story, newest first. */
  public List<Revision> all(Handle handle, long storyId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM story_revisions WHERE article_id = ? ORDER BY revision DESC")
        .bind(0, storyId)
        .map((rs, ctx) -> revision(rs))
        .list();
  }

  private static Revision revision(ResultSet rs) throws SQLException {
    long account = rs.getLong("account_id");
    Long accountId = rs.wasNull() ? null : account;
    String printDate = rs.getString("print_date");
    StoryDraft content =
        new StoryDraft(
            rs.getString("headline"),
            rs.getString("standfirst"),
            lines(rs.getString("authors")),
            rs.getString("dateline"),
            rs.getString("section_slug"),
            lines(rs.getString("tags")),
            rs.getString("body"),
            rs.getString("print_publication"),
            printDate.isEmpty() ? null : LocalDate.parse(printDate),
            CommentsMode.fromCode(rs.getString("comments_mode")).orElseThrow(),
            rs.getString("lead_media"));
    return new Revision(
        rs.getLong("article_id"),
        rs.getInt("revision"),
        RevisionKind.fromCode(rs.getString("kind")),
        rs.getString("note"),
        accountId,
        rs.getString("account_name"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        StoryStatus.fromCode(rs.getString("status")).orElseThrow(),
        content);
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}

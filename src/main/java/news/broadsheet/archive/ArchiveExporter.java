package news.broadsheet.archive;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleFilter;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.comment.CommentText;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * Writes stored stories out as canonical archive files, one per story, with their published
 * comments. Each file appears whole: it is written aside and moved into place.
 */
public final class ArchiveExporter {

  private final Database database;
  private final ArticleStore articles;
  private final CommentStore comments;
  private final ArchiveWriter writer;

  public ArchiveExporter(
      Database database, ArticleStore articles, CommentStore comments, ArchiveWriter writer) {
    this.database = database;
    this.articles = articles;
    this.comments = comments;
    this.writer = writer;
  }

  public ExportSummary exportTo(Path folder, ArticleFilter filter) throws IOException {
    Files.createDirectories(folder);
    try (Handle handle = database.openHandle()) {
      long files = 0;
      long written = 0;
      for (long id : articles.ids(handle, filter)) {
        Article article = articles.find(handle, id).orElseThrow();
        List<Comment> published = comments.ofArticle(handle, id, CommentStatus.PUBLISHED);
        write(folder, toArchive(article, published));
        files++;
        written += published.size();
      }
      return new ExportSummary(files, written);
    }
  }

  /** A stored story with its published comments, as an archive holds it. */
  public static ArchivedStory toArchive(Article article, List<Comment> published) {
    List<ArchivedComment> archived =
        published.stream()
            .map(c -> new ArchivedComment(c.name(), c.postedLocal(), CommentText.paragraphs(c.text(), c.origin())))
            .toList();
    return new ArchivedStory(article.story(), archived);
  }

  private void write(Path folder, ArchivedStory story) throws IOException {
    Path target = folder.resolve(ExportFileName.of(story.story().key()));
    Path partial = folder.resolve(target.getFileName() + ".partial");
    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      writer.write(story, out);
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}

package news.broadsheet.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleFilter;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.comment.ArchivableComment;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.comment.PublishedCommentReader;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * Writes stored stories out as canonical archive files, one per story, with their published
 * comments. Each file appears whole: it is written aside and moved into place.
 *
 * <p>Stories are read from the database a page at a time on a second thread, a bounded number
 * ahead of the one that formats and writes the files, so the two overlap and the stories are
 * never all in memory.
 */
public final class ArchiveExporter {

  private static final int STORIES_PER_PAGE = 100;
  private static final int READ_AHEAD_STORIES = 64;

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
    long files = 0;
    long written = 0;
    try (ReadAhead<ArchivedStory> ahead =
        ReadAhead.start("archive-export-reader", READ_AHEAD_STORIES, sink -> readAll(filter, sink))) {
      for (ArchivedStory story = next(ahead); story != null; story = next(ahead)) {
        write(folder, story);
        files++;
        written += story.comments().size();
      }
    }
    return new ExportSummary(files, written);
  }

  /** Reads the stories the filter takes, with their published comments, on the read-ahead thread. */
  private void readAll(ArticleFilter filter, ReadAhead.Sink<ArchivedStory> sink) throws InterruptedException {
    try (Handle handle = database.openHandle();
        PublishedCommentReader published = comments.publishedReader(handle)) {
      long after = 0;
      List<Article> page;
      do {
        page = articles.pageAfter(handle, filter, after, STORIES_PER_PAGE);
        for (Article article : page) {
          sink.put(toArchive(article, published.of(article.id())));
          after = article.id();
        }
      } while (page.size() == STORIES_PER_PAGE);
    }
  }

  /** A stored story with its published comments, as an archive holds it. */
  static ArchivedStory toArchive(Article article, List<ArchivableComment> published) {
    List<ArchivedComment> archived =
        published.stream().map(c -> new ArchivedComment(c.name(), c.postedLocal(), c.paragraphs())).toList();
    return new ArchivedStory(article.story(), archived);
  }

  private static ArchivedStory next(ReadAhead<ArchivedStory> ahead) throws IOException {
    try {
      return ahead.next();
    } catch (IOException | RuntimeException | Error failure) {
      throw failure;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the export was interrupted", e);
    } catch (Exception impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private void write(Path folder, ArchivedStory story) throws IOException {
    Path target = folder.resolve(ExportFileName.of(story.story().key()));
    Path partial = folder.resolve(target.getFileName() + ExportFileName.PARTIAL_SUFFIX);
    Files.write(partial, writer.encode(story));
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}

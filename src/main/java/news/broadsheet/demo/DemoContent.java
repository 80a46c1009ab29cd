package news.broadsheet.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import news.broadsheet.archive.ArchiveImporter;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.archive.ImportStoppedException;
import news.broadsheet.archive.ImportSummary;
import news.broadsheet.article.ArticleService;

/**
 * A story with reader comments, of our own writing, offered on an empty database so that a
 * newcomer sees a working page at once. It goes in through the ordinary import.
 */
public final class DemoContent {

  private static final String RESOURCE = "/demo/welcome-story.txt";

  private final ArticleService articles;
  private final ArchiveImporter importer;

  public DemoContent(ArticleService articles, ArchiveImporter importer) {
    this.articles = articles;
    this.importer = importer;
  }

  /** Stores the demo story when no story is stored; returns whether it did. */
  public boolean offerIfEmpty() throws ImportStoppedException {
    if (!articles.isEmpty()) {
      return false;
    }
    try (InputStream in = DemoContent.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the demo story " + RESOURCE + " is missing from the build");
      }
      ImportSummary summary =
          importer.importAll(List.of(new ArchiveInput("demo story", null, in)), ImportProgress.SILENT);
      if (!summary.refusals().isEmpty()) {
        throw new IllegalStateException("the demo story is malformed: " + summary.refusals().get(0));
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

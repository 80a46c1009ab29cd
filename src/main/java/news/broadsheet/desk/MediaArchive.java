package news.broadsheet.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleFilter;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaException;
import news.broadsheet.media.MediaService;
import news.broadsheet.media.MediaText;
import news.broadsheet.storage.Database;

/**
 * The images of exported stories, beside the story files: {@code media/KEY.jpg} (the widest
 * rendition) and {@code media/KEY.json} (alt text, caption, credit). Importing a folder with a
 * {@code media} folder stores its images under the same keys, so the bodies that name them show
 * them again.
 */
public final class MediaArchive {

  /** The folder, beside the story files, that holds their images. */
  public static final String FOLDER = "media";
  private static final int PAGE = 200;

  private final Database database;
  private final ArticleStore articles;
  private final DeskStore desk;
  private final MediaService media;
  private final StoryBody body;
  private final ObjectMapper json = new ObjectMapper();

  MediaArchive(Database database, ArticleStore articles, DeskStore desk, MediaService media, StoryBody body) {
    this.database = database;
    this.articles = articles;
    this.desk = desk;
    this.media = media;
    this.body = body;
  }

  /** Writes the images of the stories the filter takes into {@code folder/media}; how many. */
  public int exportTo(Path folder, ArticleFilter filter) throws IOException {
    Set<String> keys = keysOf(filter);
    Path into = folder.resolve(FOLDER);
    int written = 0;
    for (String key : keys) {
      Media image = media.find(key).orElse(null);
      if (image == null) {
        continue;
      }
      Files.createDirectories(into);
      write(into.resolve(key + "." + image.format().extension()), media.rendition(key, image.width()).orElseThrow());
      write(into.resolve(key + ".json"), json.writeValueAsBytes(new Entry(image.alt(), image.caption(), image.credit())));
      written++;
    }
    return written;
  }

  private Set<String> keysOf(ArticleFilter filter) {
    Set<String> keys = new LinkedHashSet<>();
    long after = 0;
    List<Article> page;
    do {
      long from = after;
      page = database.read(handle -> articles.pageAfter(handle, filter, from, PAGE));
      for (Article article : page) {
        database.read(handle -> desk.find(handle, article.id())).map(DeskRow::leadMedia).ifPresent(keys::add);
        if (article.story().format() == BodyFormat.COMMONMARK) {
          keys.addAll(body.figureKeys(article.story().body()));
        }
        after = article.id();
      }
    } while (page.size() == PAGE);
    return keys;
  }

  /**
   * Stores the images of {@code folder/media}, when there is one, under their keys.
   *
   * @return how many images it holds; refusals are listed, the other images still go in
   */
  public Result importFrom(Path folder) throws IOException {
    Path from = folder.resolve(FOLDER);
    if (!Files.isDirectory(from)) {
      return new Result(0, List.of());
    }
    List<Path> entries;
    try (Stream<Path> files = Files.list(from)) {
      entries = files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    int stored = 0;
    List<String> refused = new java.util.ArrayList<>();
    for (Path entry : entries) {
      String key = entry.getFileName().toString().replaceFirst("\\.json$", "");
      try {
        Entry words = json.readValue(entry.toFile(), Entry.class);
        media.importImage(key, Files.readAllBytes(image(from, key)), new MediaText(words.alt(), words.caption(), words.credit()));
        stored++;
      } catch (MediaException | IOException bad) {
        refused.add(entry + ": " + bad.getMessage());
      }
    }
    return new Result(stored, refused);
  }

  private static Path image(Path folder, String key) throws IOException {
    for (String extension : List.of("jpg", "png")) {
      Path candidate = folder.resolve(key + "." + extension);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IOException("no image file beside it");
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    Files.write(partial, bytes);
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** What an export says of an image beside its file. */
  record Entry(String alt, String caption, String credit) {}

  /** How many images an import stored, and the files it refused ("path: reason"). */
  public record Result(int stored, List<String> refused) {}
}

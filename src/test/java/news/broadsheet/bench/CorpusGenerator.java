package news.broadsheet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import news.broadsheet.archive.ArchiveWriter;
import news.broadsheet.archive.ArchivedStory;

/**
 * Writes a synthetic corpus of canonical archive files for the import/export benchmark:
 * {@code --articles N} files of {@code --comments M} comments each, decided by {@code --seed}.
 * Files are written one at a time; the corpus is never held in memory.
 *
 * <pre>java -cp target/test-classes:target/broadsheet.jar news.broadsheet.bench.CorpusGenerator \
 *     --out DIR [--articles 10000] [--comments 100] [--seed 1] [--vocabulary comments|worst]</pre>
 *
 * <p>{@code --vocabulary worst} writes comments of the worst case for search ranking instead of
 * readers' sentences: every word of a small vocabulary in ~40 % of comments.
 */
public final class CorpusGenerator {

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(option(args, "--out", null));
    int articles = Integer.parseInt(option(args, "--articles", "10000"));
    int comments = Integer.parseInt(option(args, "--comments", "100"));
    long seed = Long.parseLong(option(args, "--seed", "1"));
    String vocabulary = option(args, "--vocabulary", "comments");
    if (!vocabulary.equals("comments") && !vocabulary.equals("worst")) {
      throw new IllegalArgumentException("--vocabulary is comments or worst, not " + vocabulary);
    }
    long started = System.nanoTime();
    long bytes = write(out, articles, comments, new SyntheticStories(seed, vocabulary.equals("worst")));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "generated %d files, %d comments, %d bytes in %s in %.1f s%n",
        articles, (long) articles * comments, bytes, out, seconds);
  }

  /** Writes the corpus into an empty or new folder and returns how many bytes it wrote. */
  public static long write(Path folder, int articles, int comments, long seed) throws IOException {
    return write(folder, articles, comments, new SyntheticStories(seed));
  }

  private static long write(Path folder, int articles, int comments, SyntheticStories stories) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> existing = Files.list(folder)) {
      if (existing.findAny().isPresent()) {
        throw new IOException(folder + " is not empty; the corpus goes into an empty folder");
      }
    }
    ArchiveWriter writer = new ArchiveWriter();
    int digits = Math.max(5, String.valueOf(articles - 1).length());
    long bytes = 0;
    for (int i = 0; i < articles; i++) {
      ArchivedStory story = stories.next(comments);
      Path file = folder.resolve(String.format("story-%0" + digits + "d.txt", i));
      byte[] encoded = writer.encode(story);
      Files.write(file, encoded);
      bytes += encoded.length;
    }
    return bytes;
  }

  static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    if (fallback == null) {
      throw new IllegalArgumentException("missing " + name);
    }
    return fallback;
  }
}

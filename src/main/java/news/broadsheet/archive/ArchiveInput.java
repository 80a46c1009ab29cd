package news.broadsheet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** One file to import: a name for messages and a way to read its bytes when its turn comes. */
public record ArchiveInput(String name, Path path, InputStream stream) {

  public static ArchiveInput file(Path path) {
    return new ArchiveInput(path.toString(), path, null);
  }

  public static ArchiveInput standardInput(InputStream in) {
    return new ArchiveInput("-", null, in);
  }

  byte[] readAll() throws IOException {
    return path != null ? Files.readAllBytes(path) : stream.readAllBytes();
  }
}

package news.broadsheet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;

/** One file to import: a name for messages and a way to read its bytes when its turn comes. */
public record ArchiveInput(String name, Path path, InputStream stream) {

  public static ArchiveInput file(Path path) {
    return new ArchiveInput(path.toString(), path, null);
  }

  public static ArchiveInput standardInput(InputStream in) {
    return new ArchiveInput("-", null, in);
  }

  /** Whether this is a symbolic link, which an import refuses rather than follows. */
  boolean isSymbolicLink() {
    return path != null && Files.isSymbolicLink(path);
  }

  /** The bytes of the file (never through a link: one put in its place meanwhile fails to open). */
  byte[] readAll() throws IOException {
    if (path == null) {
      return stream.readAllBytes();
    }
    try (SeekableByteChannel file = Files.newByteChannel(path, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
      ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(file.size(), Integer.MAX_VALUE - 8));
      while (bytes.hasRemaining() && file.read(bytes) >= 0) {
        // read until full or at the end
      }
      return bytes.hasRemaining() ? Arrays.copyOf(bytes.array(), bytes.position()) : bytes.array();
    }
  }
}

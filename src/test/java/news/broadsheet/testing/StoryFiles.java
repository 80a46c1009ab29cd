package news.broadsheet.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes archive text into files for tests that import from disk. */
public final class StoryFiles {

  private StoryFiles() {}

  public static Path write(Path folder, String name, String text) {
    try {
      Files.createDirectories(folder);
      return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A small canonical story of our own writing with the given comment blocks appended. */
  public static String story(String headline, String... comments) {
    StringBuilder text =
        new StringBuilder(" date 2024-05-14 DAWN.COM\n\n")
            .append(headline)
            .append("\n\nNadia HussainUpdated May 14, 2024\n\n")
            .append("KARACHI: The port trust said on Tuesday that container traffic had recovered.\n\n")
            .append("Published in Dawn, May 14th, 2024\n\n");
    for (String comment : comments) {
      text.append(comment);
    }
    return text.toString();
  }

  /** One comment block: name, time line and one paragraph. */
  public static String comment(String name, String time, String text) {
    return name + "\n" + time + "\n\n" + text + "\n\n";
  }
}

package news.broadsheet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns what the user named (files, folders, "-") into the list of files to import. */
public final class ArchiveInputs {

  private ArchiveInputs() {}

  /**
   * Files are taken as named; folders are searched recursively for {@code *.txt}, in name order;
   * "-" is standard input. Symbolic links are never followed: a link, named or met in a folder,
   * is listed so that the import refuses it by name.
   *
   * @throws NoSuchFileException when a named path does not exist
   */
  public static List<ArchiveInput> expand(List<String> names, InputStream standardInput)
      throws IOException {
    List<ArchiveInput> inputs = new ArrayList<>();
    for (String name : names) {
      if (name.equals("-")) {
        inputs.add(ArchiveInput.standardInput(standardInput));
        continue;
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isSymbolicLink(p) || isTextFile(p))
              .sorted()
              .forEach(p -> inputs.add(ArchiveInput.file(p)));
        }
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        inputs.add(ArchiveInput.file(path));
      } else {
        throw new NoSuchFileException(name, null, "no such file or folder");
      }
    }
    return inputs;
  }

  private static boolean isTextFile(Path path) {
    return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && path.getFileName().toString().endsWith(".txt");
  }
}

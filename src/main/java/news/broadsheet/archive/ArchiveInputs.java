package news.broadsheet.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
   * "-" is standard input.
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
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
              .sorted()
              .forEach(p -> inputs.add(ArchiveInput.file(p)));
        }
      } else if (Files.exists(path)) {
        inputs.add(ArchiveInput.file(path));
      } else {
        throw new NoSuchFileException(name, null, "no such file or folder");
      }
    }
    return inputs;
  }
}

package news.broadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The main Java sources, by file, and the packages below news.broadsheet they make and import. */
final class MainSources {

  static final Path MAIN = Path.of("src/main/java/news/broadsheet");
  private static final Pattern OWN_IMPORT =
      Pattern.compile("^import (?:static )?news\\.broadsheet\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]", Pattern.MULTILINE);
  private static final Pattern ROOT_IMPORT = Pattern.compile("^import news\\.broadsheet\\.App;", Pattern.MULTILINE);

  private MainSources() {}

  /** Every main source file's text. */
  static Map<Path, String> read() throws IOException {
    Map<Path, String> sources = new HashMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(file, Files.readString(file));
      }
    }
    return sources;
  }

  /** The package below news.broadsheet, dotted ("article", "web.server"); "" for the root. */
  static String packageOf(Path file) {
    Path parent = MAIN.relativize(file).getParent();
    return parent == null ? "" : parent.toString().replace('/', '.');
  }

  /** The capability or adapter a package belongs to: its first name ("web" for "web.server"). */
  static String topLevelOf(String pkg) {
    int dot = pkg.indexOf('.');
    return dot < 0 ? pkg : pkg.substring(0, dot);
  }

  /** Whether a source imports the composition root, {@code App}. */
  static boolean importsTheRoot(String text) {
    return ROOT_IMPORT.matcher(text).find();
  }

  /** Every package each package imports from, itself left out ("" is the root's {@code App}). */
  static Map<String, Set<String>> imports(Map<Path, String> sources) {
    Map<String, Set<String>> uses = new TreeMap<>();
    sources.forEach((file, text) -> {
      String pkg = packageOf(file);
      Set<String> used = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
      Matcher imports = OWN_IMPORT.matcher(text);
      while (imports.find()) {
        used.add(imports.group(1));
      }
      if (importsTheRoot(text)) {
        used.add("");
      }
      used.remove(pkg);
    });
    return uses;
  }
}

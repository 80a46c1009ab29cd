package news.broadsheet;

import static news.broadsheet.MainSources.packageOf;
import static news.broadsheet.MainSources.topLevelOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package table of docs/ARCHITECTURE.md says what the code holds: every package, and what each uses. */
class PackageMapTest {

  private static final Path MAP = Path.of("docs/ARCHITECTURE.md");
  private static final String HEADER = "| package |";
  private static final Pattern NAME = Pattern.compile("`([A-Za-z.]+)`");
  /** The root package's row names its one class. */
  private static final String ROOT_ROW = "App";
  private static final Set<String> ADAPTERS = Set.of("web", "cli");

  private static Map<Path, String> sources;
  /** Each row's package, and the packages its "may use" column names. */
  private static Map<String, Set<String>> rows;

  @BeforeAll
  static void read() throws IOException {
    sources = MainSources.read();
    rows = rows();
  }

  @Test
  void every_package_has_a_row_and_every_row_a_package() {
    Set<String> packages = new TreeSet<>();
    sources.keySet().forEach(file -> packages.add(packageOf(file)));
    assertThat(difference(packages, rows.keySet())).as("packages without a row in " + MAP).isEmpty();
    assertThat(difference(rows.keySet(), packages)).as("rows of " + MAP + " naming no package").isEmpty();
  }

  @Test
  void every_package_uses_only_what_its_row_says_it_may() {
    Set<String> capabilities = new TreeSet<>();
    sources.keySet().forEach(file -> capabilities.add(topLevelOf(packageOf(file))));
    capabilities.removeAll(ADAPTERS);
    capabilities.remove("");
    MainSources.imports(sources).forEach((pkg, used) -> {
      Set<String> mayUse = new TreeSet<>(rows.getOrDefault(pkg, Set.of()));
      if (mayUse.contains("any capability")) {
        mayUse.addAll(capabilities);
      }
      assertThat(difference(used, mayUse)).as("what " + pkg + " uses beyond its row in " + MAP).isEmpty();
    });
  }

  private static Set<String> difference(Set<String> these, Set<String> those) {
    Set<String> left = new TreeSet<>(these);
    left.removeAll(those);
    return left;
  }

  /** The table whose header starts with {@link #HEADER}: package, what it owns, what it may use. */
  private static Map<String, Set<String>> rows() throws IOException {
    List<String> lines = Files.readAllLines(MAP);
    int header = lines.indexOf(lines.stream().filter(line -> line.startsWith(HEADER)).findFirst().orElseThrow());
    Map<String, Set<String>> rows = new TreeMap<>();
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.split(" \\| ");
      rows.put(packageNamed(names(cells[0]).iterator().next()), mayUse(cells[cells.length - 1]));
    }
    return rows;
  }

  /** The packages a "may use" cell names; "any capability" stands for itself, "everything" for all. */
  private static Set<String> mayUse(String cell) {
    Set<String> packages = new TreeSet<>();
    names(cell).forEach(name -> packages.add(packageNamed(name)));
    if (cell.contains("any capability")) {
      packages.add("any capability");
    }
    if (cell.contains("everything")) {
      sources.keySet().forEach(file -> packages.add(packageOf(file)));
    }
    return packages;
  }

  private static List<String> names(String cell) {
    Matcher name = NAME.matcher(cell);
    return name.results().map(match -> match.group(1)).toList();
  }

  private static String packageNamed(String name) {
    return name.equals(ROOT_ROW) ? "" : name;
  }
}

package news.broadsheet;

import static news.broadsheet.MainSources.imports;
import static news.broadsheet.MainSources.importsTheRoot;
import static news.broadsheet.MainSources.packageOf;
import static news.broadsheet.MainSources.topLevelOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/ARCHITECTURE.md, checked on the main sources. */
class ArchitectureTest {

  private static final Set<String> ADAPTERS = Set.of("web", "cli");
  private static final Pattern ADAPTER_REFERENCE = Pattern.compile("\\bnews\\.broadsheet\\.(web|cli)\\.");

  /**
   * The web layer's parts (a sub-package counts as its part), and the parts each may use. The
   * server composes every audience; the audiences share the page plumbing; the API reuses the
   * reader's comment partial; nothing but the server uses the staff area.
   */
  private static final Map<String, Set<String>> WEB_PART_USES =
      Map.of(
          "web.page", Set.of(),
          "web.reader", Set.of("web.page"),
          "web.api", Set.of("web.page", "web.reader"),
          "web.staff", Set.of("web.page"),
          "web.server", Set.of("web.page", "web.reader", "web.api", "web.staff"));

  private static final Pattern FRAMEWORK_IMPORT = Pattern.compile("^import (io\\.javalin|gg\\.jte|picocli)\\.", Pattern.MULTILINE);
  private static final Pattern SQL_STATEMENT =
      Pattern.compile("\\.(createQuery|createUpdate|prepareBatch|execute)\\(\\s*\"\\s*(SELECT|INSERT|UPDATE|DELETE)");

  private static Map<Path, String> sources;

  @BeforeAll
  static void readSources() throws IOException {
    sources = MainSources.read();
    assertThat(sources).hasSizeGreaterThan(20);
  }

  /** The part of the web layer a web package belongs to ("web.staff" for "web.staff.desk"). */
  private static String webPartOf(String pkg) {
    String[] names = pkg.split("\\.");
    return names.length < 2 ? pkg : names[0] + "." + names[1];
  }

  @Test
  void capabilities_never_import_the_web_or_command_line_libraries() {
    List<String> offenders = new ArrayList<>();
    sources.forEach((file, text) -> {
      if (!ADAPTERS.contains(topLevelOf(packageOf(file))) && FRAMEWORK_IMPORT.matcher(text).find()) {
        offenders.add(file.toString());
      }
    });
    assertThat(offenders).isEmpty();
  }

  @Test
  void only_stores_and_storage_speak_sql() {
    List<String> offenders = new ArrayList<>();
    sources.forEach((file, text) -> {
      boolean allowed = packageOf(file).equals("storage") || file.getFileName().toString().endsWith("Store.java");
      if (!allowed && SQL_STATEMENT.matcher(text).find()) {
        offenders.add(file.toString());
      }
    });
    assertThat(offenders).isEmpty();
  }

  @Test
  void only_the_adapters_use_the_composition_root() {
    List<String> offenders = new ArrayList<>();
    sources.forEach((file, text) -> {
      String pkg = topLevelOf(packageOf(file));
      if (!pkg.isEmpty() && !ADAPTERS.contains(pkg) && importsTheRoot(text)) {
        offenders.add(file.toString());
      }
    });
    assertThat(offenders).isEmpty();
  }

  @Test
  void capabilities_never_use_the_adapters() {
    List<String> offenders = new ArrayList<>();
    sources.forEach((file, text) -> {
      String pkg = topLevelOf(packageOf(file));
      if (!pkg.isEmpty() && !ADAPTERS.contains(pkg) && ADAPTER_REFERENCE.matcher(text).find()) {
        offenders.add(file.toString());
      }
    });
    assertThat(offenders).isEmpty();
  }

  @Test
  void the_readers_site_and_the_api_never_use_the_staff_area() {
    imports(sources).forEach((pkg, used) -> {
      if (pkg.startsWith("web.reader") || pkg.startsWith("web.api")) {
        assertThat(used).as(pkg + " uses").noneMatch(other -> other.startsWith("web.staff"));
      }
    });
  }

  @Test
  void each_part_of_the_web_layer_uses_only_the_parts_it_may() {
    imports(sources).forEach((pkg, used) -> {
      if (topLevelOf(pkg).equals("web")) {
        String part = webPartOf(pkg);
        assertThat(WEB_PART_USES).as("a new part of the web layer gets its row in WEB_PART_USES").containsKey(part);
        Set<String> usedParts = new TreeSet<>();
        used.stream().filter(other -> topLevelOf(other).equals("web")).map(ArchitectureTest::webPartOf).forEach(usedParts::add);
        usedParts.remove(part);
        assertThat(WEB_PART_USES.get(part)).as(pkg + " uses " + usedParts).containsAll(usedParts);
      }
    });
  }

  @Test
  void packages_have_no_cycles() {
    Map<String, Set<String>> uses = imports(sources);
    uses.remove("");
    uses.values().forEach(used -> used.remove(""));
    for (String start : uses.keySet()) {
      assertThat(reachable(start, uses)).as("packages reachable from " + start + " " + uses).doesNotContain(start);
    }
  }

  private static Set<String> reachable(String start, Map<String, Set<String>> uses) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(uses.getOrDefault(start, Set.of()));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(uses.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }
}

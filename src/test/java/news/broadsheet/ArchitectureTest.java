package news.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/ARCHITECTURE.md, checked on the main sources. */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/news/broadsheet");
  private static final Set<String> ADAPTERS = Set.of("web", "cli");
  private static final Pattern OWN_IMPORT = Pattern.compile("^import (?:static )?news\\.broadsheet\\.([a-z]+)\\.", Pattern.MULTILINE);
  private static final Pattern ROOT_IMPORT = Pattern.compile("^import news\\.broadsheet\\.App;", Pattern.MULTILINE);

  private static final Pattern FRAMEWORK_IMPORT = Pattern.compile("^import (io\\.javalin|gg\\.jte|picocli)\\.", Pattern.MULTILINE);
  private static final Pattern SQL_STATEMENT =
      Pattern.compile("\\.(createQuery|createUpdate|prepareBatch|execute)\\(\\s*\"\\s*(SELECT|INSERT|UPDATE|DELETE)");

  private static final Map<Path, String> sources = new HashMap<>();

  @BeforeAll
  static void readSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(file, Files.readString(file));
      }
    }
    assertThat(sources).hasSizeGreaterThan(20);
  }

  private static String packageOf(Path file) {
    Path relative = MAIN.relativize(file);
    return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
  }

  @Test
  void capabilities_never_import_the_web_or_command_line_libraries() {
    List<String> offenders = new ArrayList<>();
    sources.forEach((file, text) -> {
      if (!ADAPTERS.contains(packageOf(file)) && FRAMEWORK_IMPORT.matcher(text).find()) {
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
      String pkg = packageOf(file);
      if (!pkg.isEmpty() && !ADAPTERS.contains(pkg) && ROOT_IMPORT.matcher(text).find()) {
        offenders.add(file.toString());
      }
    });
    assertThat(offenders).isEmpty();
  }

  @Test
  void packages_have_no_cycles() {
    Map<String, Set<String>> uses = new HashMap<>();
    sources.forEach((file, text) -> {
      String pkg = packageOf(file);
      if (pkg.isEmpty()) {
        return;
      }
      Matcher imports = OWN_IMPORT.matcher(text);
      while (imports.find()) {
        if (!imports.group(1).equals(pkg)) {
          uses.computeIfAbsent(pkg, p -> new TreeSet<>()).add(imports.group(1));
        }
      }
    });
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

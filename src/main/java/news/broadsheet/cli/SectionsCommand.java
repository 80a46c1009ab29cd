package news.broadsheet.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.desk.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "sections",
    mixinStandardHelpOptions = true,
    description = "Manages the site's sections and the order the navigation lists them in.",
    subcommands = {SectionsCommand.ListSections.class, SectionsCommand.Add.class, SectionsCommand.Move.class,
      SectionsCommand.Change.class})
final class SectionsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a sections command: list, add, move or change");
  }

  static void print(PrintWriter out, List<Section> sections) {
    for (Section section : sections) {
      out.println(section.position() + " " + section.slug() + " " + section.name()
          + (section.inNavigation() ? "" : " (not in the navigation)"));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists sections in navigation order: POSITION SLUG NAME a line.")
  static final class ListSections implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        print(spec.commandLine().getOut(), app.desk().sections().all());
        return 0;
      }
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Adds a section, last in the navigation; its address is /sections/SLUG, made from the name.")
  static final class Add implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--hidden", description = "Keep it out of the navigation.") boolean hidden;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        Section section = app.desk().sections().add(name, !hidden);
        spec.commandLine().getOut().println("added /sections/" + section.slug());
        return 0;
      }
    }
  }

  @Command(name = "move", mixinStandardHelpOptions = true,
      description = "Moves a section to a place in the navigation (1 is first).")
  static final class Move implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Parameters(index = "0", paramLabel = "SLUG") String slug;
    @Parameters(index = "1", paramLabel = "POSITION") int position;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        print(spec.commandLine().getOut(), app.desk().sections().move(slug, position));
        return 0;
      }
    }
  }

  @Command(name = "change", mixinStandardHelpOptions = true,
      description = "Renames a section, or shows or hides it in the navigation; its address stays.")
  static final class Change implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Parameters(paramLabel = "SLUG") String slug;
    @Option(names = "--name", paramLabel = "NAME") String name;
    @Option(names = "--navigation", arity = "1", paramLabel = "true|false", description = "Whether the navigation lists it.")
    Boolean navigation;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
        Section now = app.desk().sections().bySlug(slug)
            .orElseThrow(() -> new ParameterException(spec.commandLine(), "there is no section '" + slug + "'"));
        Section changed = app.desk().sections().change(slug, name == null ? now.name() : name,
            navigation == null ? now.inNavigation() : navigation);
        print(spec.commandLine().getOut(), List.of(changed));
        return 0;
      }
    }
  }
}

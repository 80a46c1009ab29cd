package news.broadsheet.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import news.broadsheet.App;
import news.broadsheet.article.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "comments",
    mixinStandardHelpOptions = true,
    description = "Closes or reopens the discussion under one story.",
    subcommands = {CommentsCommand.Close.class, CommentsCommand.Open.class})
final class CommentsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a comments command: close or open");
  }

  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      description = {
        "Closes comments on a story: its page says so and new comments are refused with the reason.",
        "A running server refuses them at once; its cached pages show the change within --page-cache-seconds."
      })
  static final class Close implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Parameters(paramLabel = "STORY_ID", description = "The story's id, as in its address /news/ID/…") long id;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return setClosed(storage, spec, id, true);
    }
  }

  @Command(name = "open", mixinStandardHelpOptions = true, description = "Reopens comments on a story.")
  static final class Open implements Callable<Integer> {
    @Mixin StorageOptions storage;
    @Parameters(paramLabel = "STORY_ID", description = "The story's id, as in its address /news/ID/…") long id;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return setClosed(storage, spec, id, false);
    }
  }

  private static int setClosed(StorageOptions storage, CommandSpec spec, long id, boolean closed) {
    try (App app = new App(storage.toConfig(), Clock.systemUTC())) {
      if (!app.articles().setCommentsClosed(id, closed)) {
        spec.commandLine().getErr().println("broadsheet comments: there is no story with id " + id);
        return 1;
      }
      String headline = app.articles().find(id).map(Article::story).map(story -> story.headline()).orElse("");
      spec.commandLine().getOut().println("comments " + (closed ? "closed" : "open") + " on story " + id + ": " + headline);
      return 0;
    }
  }
}

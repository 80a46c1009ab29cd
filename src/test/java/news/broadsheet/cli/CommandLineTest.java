package news.broadsheet.cli;

import static news.broadsheet.testing.StoryFiles.comment;
import static news.broadsheet.testing.StoryFiles.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.broadsheet.App;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.InvalidCommentException;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.ServeProcess;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.StoryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a newsroom's operator uses it. */
class CommandLineTest {

  @TempDir Path temp;

  private CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  private String data() {
    return temp.resolve("data").toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve", "import", "export", "stats", "user add", "user list", "user set-role", "comments close", "comments open", "backup", "restore", "commenter export", "commenter erase"})
  void every_command_explains_itself_with_help(String command) {
    CommandRun help = run((command + " --help").split(" "));
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: broadsheet " + command).contains("--data").contains("--database");
  }

  @Test
  void the_command_alone_lists_every_command_and_help_explains_any_of_them() {
    CommandRun list = run("--help");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out())
        .contains("serve", "import", "export", "stats", "user", "moderation", "settings", "comments")
        .contains("backup", "restore", "commenter", "sections", "search", "help");
    CommandRun help = run("help", "export");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: broadsheet export");
  }

  @Test
  void a_misspelt_command_is_refused_with_the_commands_it_may_have_meant() {
    CommandRun misspelt = run("serv", "--data", data());
    assertThat(misspelt.exitCode()).isEqualTo(2);
    assertThat(misspelt.err()).contains("'serv'").contains("broadsheet serve");
    assertThat(temp.resolve("data")).doesNotExist();
  }

  @Test
  void import_then_export_gives_the_reference_story_back() throws Exception {
    CommandRun imported = run("import", "--data", data(), ReferenceSample.folder().toString());
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out())
        .startsWith("imported articles 1 new, 0 updated, 0 unchanged; comments 26 added; files refused 0");
    Path out = temp.resolve("export");
    assertThat(run("export", "--data", data(), "--out", out.toString()).exitCode()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      Path exported = files.findFirst().orElseThrow();
      assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(ReferenceSample.file()));
    }
  }

  @Test
  void comments_close_and_open_on_one_story_and_a_missing_story_is_an_error() throws Exception {
    assertThat(run("import", "--data", data(), ReferenceSample.folder().toString()).exitCode()).isZero();
    CommandRun closed = run("comments", "close", "--data", data(), "1");
    assertThat(closed.exitCode()).isZero();
    assertThat(closed.out()).isEqualTo("comments closed on story 1: US, Pakistan inch towards better relations\n");
    AppConfig config = new AppConfig(DatabaseLocation.embedded(Path.of(data())), ZoneId.of("UTC"), Map.of());
    try (App app = new App(config, Clock.systemUTC())) {
      assertThat(app.articles().find(1).orElseThrow().commentsClosed()).isTrue();
      assertThatThrownBy(() -> app.posting().post(new CommentDraft(1, null, "Reader", "Too late?", "client")))
          .isInstanceOf(InvalidCommentException.class)
          .hasMessage("Comments on this story are closed.");
    }
    assertThat(run("comments", "open", "--data", data(), "1").out()).startsWith("comments open on story 1: ");
    CommandRun missing = run("comments", "close", "--data", data(), "99");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("broadsheet comments: there is no story with id 99\n");
  }

  @Test
  void stats_prints_one_count_per_line_and_json_for_scripts() throws Exception {
    run("import", "--data", data(), ReferenceSample.folder().toString());
    CommandRun stats = run("stats", "--data", data());
    assertThat(stats.out()).isEqualTo("articles 1\ncomments 26\nsources 1\ndates 2018-03-03 2018-03-03\n");
    JsonNode json = new ObjectMapper().readTree(run("stats", "--data", data(), "--json").out());
    assertThat(json.get("comments").asLong()).isEqualTo(26);
    assertThat(json.get("firstDate").asText()).isEqualTo("2018-03-03");
  }

  @Test
  void an_empty_database_has_no_dates() {
    assertThat(run("stats", "--data", data()).out()).isEqualTo("articles 0\ncomments 0\nsources 0\ndates - -\n");
  }

  @Test
  void refused_files_are_listed_with_path_and_line_and_the_exit_code_says_so() {
    Path in = temp.resolve("in");
    StoryFiles.write(in, "good.txt", story("Port traffic recovers", comment("Saima", "May 14, 2024 10:05am", "Good.")));
    Path bad = StoryFiles.write(in, "bad.txt", "no header here\n\n");
    CommandRun imported = run("import", "--data", data(), in.toString());
    assertThat(imported.exitCode()).isEqualTo(1);
    assertThat(imported.err()).isEqualTo(bad + ":1: the file must start with the header ' date YYYY-MM-DD SOURCE'\n");
    assertThat(imported.out()).contains("articles 1 new").contains("files refused 1");
  }

  @Test
  void symbolic_links_are_refused_by_name_and_not_followed_while_the_other_files_go_in() throws Exception {
    Path outside = temp.resolve("outside");
    Path secret = StoryFiles.write(outside, "secret.txt", story("A story kept elsewhere"));
    Path in = temp.resolve("in");
    StoryFiles.write(in, "good.txt", story("Port traffic recovers", comment("Saima", "May 14, 2024 10:05am", "Good.")));
    Path fileLink = Files.createSymbolicLink(in.resolve("link.txt"), secret);
    Path folderLink = Files.createSymbolicLink(in.resolve("more"), outside);
    Path namedLink = Files.createSymbolicLink(temp.resolve("named.txt"), secret);
    CommandRun imported = run("import", "--data", data(), in.toString(), namedLink.toString());
    assertThat(imported.exitCode()).isEqualTo(1);
    String why = ": is a symbolic link, which import does not follow; name the file it points to instead\n";
    assertThat(imported.err()).isEqualTo(fileLink + why + folderLink + why + namedLink + why);
    assertThat(imported.out()).contains("articles 1 new").contains("files refused 3");
    assertThat(run("stats", "--data", data()).out()).contains("articles 1");
  }

  @Test
  void imports_from_standard_input() {
    InputStream original = System.in;
    String text = story("Port traffic recovers", comment("Saima", "May 14, 2024 10:05am", "Good."));
    try {
      System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      CommandRun imported = run("import", "--data", data(), "-");
      assertThat(imported.exitCode()).isZero();
      assertThat(imported.out()).contains("articles 1 new").contains("comments 1 added");
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void import_takes_a_mode_and_refuses_an_unknown_one_before_reading_anything() throws Exception {
    CommandRun bulk = run("import", "--mode", "bulk", "--data", data(), ReferenceSample.folder().toString());
    assertThat(bulk.exitCode()).isZero();
    assertThat(bulk.out()).contains("articles 1 new").contains("comments 26 added");
    CommandRun unknown = run("import", "--mode", "fast", "--data", data(), ReferenceSample.folder().toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--mode must be auto, bulk or groups, not 'fast'");
    assertThat(run("import", "--mode", "groups", "--data", data(), ReferenceSample.folder().toString()).out())
        .contains("1 unchanged");
  }

  @Test
  void a_missing_path_is_one_clear_line_on_stderr() {
    CommandRun imported = run("import", "--data", data(), temp.resolve("nowhere.txt").toString());
    assertThat(imported.exitCode()).isNotZero();
    assertThat(imported.err()).contains("nowhere.txt").contains("no such file or folder");
    assertThat(imported.err().lines()).hasSize(1);
  }

  @Test
  void a_bad_time_zone_is_refused_before_anything_is_written() {
    CommandRun stats = run("stats", "--data", data(), "--default-zone", "Mars/Olympus");
    assertThat(stats.exitCode()).isNotZero();
    assertThat(stats.err()).isEqualTo("broadsheet stats: --default-zone: 'Mars/Olympus' is not a time zone (try Asia/Karachi or UTC)\n");
  }

  @Test
  void serve_refuses_a_trusted_proxy_that_is_not_an_address_before_opening_the_database() {
    CommandRun serve = run("serve", "--data", data(), "--port", "0", "--trusted-proxy", "127.0.0.1,proxy.internal");
    assertThat(serve.exitCode()).isEqualTo(2);
    assertThat(serve.err())
        .isEqualTo("broadsheet serve: --trusted-proxy takes IP addresses or ranges such as 127.0.0.1, ::1 or 10.0.0.0/8, not 'proxy.internal'\n");
    assertThat(temp.resolve("data")).doesNotExist();
  }

  @Test
  void serve_refuses_a_negative_warm_up_before_opening_the_database() {
    CommandRun serve = run("serve", "--data", data(), "--port", "0", "--warm-up", "-5");
    assertThat(serve.exitCode()).isEqualTo(2);
    assertThat(serve.err()).isEqualTo("broadsheet serve: --warm-up cannot be negative: -5\n");
    assertThat(temp.resolve("data")).doesNotExist();
  }

  @Test
  void an_unknown_database_url_is_refused() {
    CommandRun stats = run("stats", "--database", "jdbc:mysql://localhost/news");
    assertThat(stats.exitCode()).isNotZero();
    assertThat(stats.err()).contains("--database must be a jdbc:postgresql://");
    assertThat(stats.err().lines()).hasSize(1);
  }

  @Test
  void export_refuses_an_impossible_date() {
    CommandRun export = run("export", "--data", data(), "--out", temp.resolve("x").toString(), "--since", "2018-02-30");
    assertThat(export.exitCode()).isEqualTo(2);
    assertThat(export.err()).contains("--since");
  }

  @Test
  void without_a_command_it_says_which_exist() {
    CommandRun bare = run();
    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(bare.err()).contains("serve, import, export or stats");
  }

  @Test
  void adding_a_user_as_its_own_process_writes_nothing_on_standard_error() throws Exception {
    Process added =
        new ProcessBuilder(
                ServeProcess.javaBinary(), "-cp", ServeProcess.testClassPath(), "news.broadsheet.cli.Main",
                "user", "add", "--data", data(), "--role", "moderator", "Saima")
            .redirectError(temp.resolve("stderr.txt").toFile())
            .start();
    try (var stdin = added.getOutputStream()) {
      stdin.write("a long enough secret\n".getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(added.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(added.waitFor(60, TimeUnit.SECONDS)).as("done within a minute").isTrue();
    String err = Files.readString(temp.resolve("stderr.txt"));
    assertThat(added.exitValue()).as(err).isZero();
    assertThat(out).isEqualTo("added moderator Saima\n");
    assertThat(err).isEmpty();
  }

  @Test
  void the_first_admin_is_created_with_a_password_from_standard_input() {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream("a long enough secret\n".getBytes(StandardCharsets.UTF_8)));
      CommandRun added = run("user", "add", "--data", data(), "--role", "admin", "Nusrat");
      assertThat(added.exitCode()).isZero();
      assertThat(added.out()).isEqualTo("added admin Nusrat\n");
    } finally {
      System.setIn(original);
    }
    assertThat(run("user", "list", "--data", data()).out()).isEqualTo("admin Nusrat\n");
    CommandRun badRole = run("user", "set-role", "--data", data(), "Nusrat", "overlord");
    assertThat(badRole.exitCode()).isEqualTo(2);
    assertThat(badRole.err()).contains("--role must be one of reader, writer, moderator, editor or admin");
  }
}

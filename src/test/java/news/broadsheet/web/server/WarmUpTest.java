package news.broadsheet.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The warm-up before a node takes traffic: it loads a site of its own and leaves nothing behind. */
class WarmUpTest {

  @Test
  void loads_a_throwaway_site_with_every_kind_of_request_and_deletes_its_database() throws Exception {
    List<Path> before = warmUpFolders();
    long answered = WarmUp.run(Duration.ofSeconds(2));
    // each of its four clients runs at least one round of six requests (a post, three story
    // pages, the API's comments, the front page), each answered below 400, or the warm-up fails
    assertThat(answered).isGreaterThanOrEqualTo(4 * 6);
    assertThat(warmUpFolders()).isEqualTo(before);
  }

  private static List<Path> warmUpFolders() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(path -> path.getFileName().toString().startsWith("broadsheet-warm-up")).sorted().toList();
    }
  }
}

package news.broadsheet.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static String safe(String json) {
    return new String(JsonLd.scriptSafe(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void nothing_in_a_string_can_end_the_script_element_and_the_json_still_means_the_same() throws Exception {
    String json = new ObjectMapper().writeValueAsString(new String[] {"</script><b>x</b> & y", "line\u2028para\u2029end", "é—ü"});

    String written = safe(json);

    assertThat(written).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(written).contains("\\u003c/script\\u003e", "\\u0026", "\\u2028", "\\u2029", "é—ü");
    assertThat(new ObjectMapper().readValue(written, String[].class))
        .containsExactly("</script><b>x</b> & y", "line\u2028para\u2029end", "é—ü");
  }

  @Test
  void json_with_nothing_to_escape_is_left_as_it_is() {
    byte[] json = "{\"text\":\"Plain words — and more\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(JsonLd.scriptSafe(json)).isSameAs(json);
  }
}

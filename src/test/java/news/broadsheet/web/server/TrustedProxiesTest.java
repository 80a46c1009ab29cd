package news.broadsheet.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies nginx = TrustedProxies.of(List.of("127.0.0.1", "10.0.0.0/8,::1"));

  @Test
  void a_request_from_a_trusted_proxy_is_known_by_the_last_untrusted_address_it_forwards() {
    assertThat(nginx.client("127.0.0.1", List.of("203.0.113.5"))).isEqualTo("203.0.113.5");
    assertThat(nginx.client("127.0.0.1", List.of("198.51.100.1, 203.0.113.5"))).as("the left part is the client's to forge").isEqualTo("203.0.113.5");
    assertThat(nginx.client("127.0.0.1", List.of("203.0.113.5, 10.1.2.3"))).as("through two proxies").isEqualTo("203.0.113.5");
    assertThat(nginx.client("127.0.0.1", List.of("198.51.100.1", "203.0.113.5"))).as("two headers are one list").isEqualTo("203.0.113.5");
    assertThat(nginx.client("::1", List.of("[2001:db8::7]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:7");
    assertThat(nginx.client("10.9.9.9", List.of("203.0.113.5:8080"))).isEqualTo("203.0.113.5");
  }

  @Test
  void a_forwarded_header_from_anyone_else_changes_nothing() {
    assertThat(nginx.client("192.0.2.44", List.of("203.0.113.5"))).isEqualTo("192.0.2.44");
    assertThat(TrustedProxies.of(List.of()).client("127.0.0.1", List.of("203.0.113.5"))).isEqualTo("127.0.0.1");
    assertThat(TrustedProxies.of(List.of("10.0.0.0/8")).client("11.0.0.1", List.of("203.0.113.5"))).isEqualTo("11.0.0.1");
  }

  @Test
  void without_a_usable_forwarded_address_the_last_trusted_one_stands() {
    assertThat(nginx.client("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    assertThat(nginx.client("127.0.0.1", List.of("unknown"))).isEqualTo("127.0.0.1");
    assertThat(nginx.client("127.0.0.1", List.of("evil.example, 10.0.0.2"))).isEqualTo("10.0.0.2");
    assertThat(nginx.client("127.0.0.1", List.of("10.0.0.3, 10.0.0.2"))).as("all trusted: the first").isEqualTo("10.0.0.3");
    assertThat(nginx.client("127.0.0.1", List.of("999.1.1.1"))).isEqualTo("127.0.0.1");
  }

  @Test
  void names_are_never_looked_up_and_bad_settings_are_refused_with_the_entry() {
    assertThat(TrustedProxies.literal("localhost")).isNull();
    assertThat(TrustedProxies.literal("abc")).isNull();
    for (String bad : List.of("localhost", "10.0.0.0/33", "127.0.0.1:80", "::1/129", "10.0.0.0/", "1.2.3")) {
      assertThatThrownBy(() -> TrustedProxies.of(List.of(bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--trusted-proxy")
          .hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> WebSettings.loopbackAnyPort().withTrustedProxies(List.of("proxy.internal")))
        .hasMessageContaining("'proxy.internal'");
  }
}

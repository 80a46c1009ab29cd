package news.broadsheet.web.page;

import java.util.List;

/**
 * Who a request comes from, for what is counted per client (limits, screening): its socket's
 * address, or, from a trusted reverse proxy, the client its {@code X-Forwarded-For} names. For the
 * parts of the site that see requests before the router does (live streams).
 */
@FunctionalInterface
public interface ClientAddresses {

  /** The client of a request from this socket address with these X-Forwarded-For headers. */
  String of(String socketAddress, List<String> forwardedFor);
}

package news.broadsheet.web.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps Javalin's warning of a body over the request limit out of the log: the request's access
 * log line already says it was refused with 413, and a client sending oversize bodies on purpose
 * would otherwise write two lines for each. Javalin's other warnings pass.
 */
public final class RefusedBodyWarnings extends TurboFilter {

  static final String JAVALIN = "io.javalin.Javalin";
  static final String WARNING = "Body size greater than max size";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    boolean refusedBody = level == Level.WARN
        && format != null
        && format.startsWith(WARNING)
        && JAVALIN.equals(logger.getName());
    return refusedBody ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}

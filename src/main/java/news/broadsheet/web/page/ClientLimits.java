package news.broadsheet.web.page;

/**
 * How much one client, and every client together, may hold or do of what costs the server most
 * beyond posting: recommendations, and live comment streams (each holds a connection, and each new
 * one replays what its reader missed).
 *
 * @param recommendationsPerMinute recommendations one client address may make a minute; 0: no limit
 * @param liveStreamsPerClient live streams one client address may hold open at once
 * @param liveStreams live streams the server holds open at once, for every client together
 */
public record ClientLimits(int recommendationsPerMinute, int liveStreamsPerClient, int liveStreams) {

  public static final ClientLimits DEFAULT = new ClientLimits(30, 8, 2_000);

  public ClientLimits {
    if (recommendationsPerMinute < 0) {
      throw new IllegalArgumentException(
          "--recommend-rate-limit must be 0 (no limit) or more, not " + recommendationsPerMinute);
    }
    if (liveStreamsPerClient < 1 || liveStreams < 1) {
      throw new IllegalArgumentException("--live-streams-per-client and --live-streams must be 1 or more");
    }
  }
}

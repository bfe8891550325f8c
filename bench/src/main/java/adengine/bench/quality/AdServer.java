package adengine.bench.quality;

import java.util.OptionalInt;

/**
 * A contender as the play sees it: an ad server for the world's clients and campaigns (by their
 * index in the world). A server that sees the market through the play's referee needs none of the
 * market's news, so those methods do nothing unless overridden.
 */
interface AdServer extends AutoCloseable {
    /** The simulation day moves on. */
    default void startDay(int day) {
    }

    /** Advertisers re-priced campaigns and the ML pipeline re-scored clients. */
    default void apply(Changes changes) {
    }

    /** The campaign shown to the client, or empty when the server had no ad for them. */
    OptionalInt serve(int client);

    default void click(int client, int offer) {
    }

    /** How the answers were obtained. */
    Outcome.Service service();

    @Override
    default void close() throws Exception {
    }
}

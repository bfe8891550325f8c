package adengine.bench.quality;

import java.util.OptionalInt;

/** A contender as the play sees it: an ad server for the world's clients and campaigns (by their index in the world). */
interface AdServer extends AutoCloseable {
    /** The simulation day moves on. */
    void startDay(int day);

    /** Advertisers re-priced campaigns and the ML pipeline re-scored clients. */
    void apply(Changes changes);

    /** The campaign shown to the client, or empty when the server had no ad for them. */
    OptionalInt serve(int client);

    void click(int client, int offer);

    /** How the answers were obtained. */
    Outcome.Service service();

    @Override
    default void close() throws Exception {
    }
}

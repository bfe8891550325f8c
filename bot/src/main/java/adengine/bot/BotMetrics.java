package adengine.bot;

/** What the bot reports about its work; the program connects it to its metrics. */
@FunctionalInterface
public interface BotMetrics {
    BotMetrics NONE = (type, nanos) -> { };

    /** An update of {@code type} (message, callback, other) was handled in {@code nanos}. */
    void updateHandled(String type, long nanos);
}

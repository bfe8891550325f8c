package adengine.core.stats;

/** The statistics of one day. */
public record DailyStats(int date, Stats stats) {
}

package adengine.core.ads;

import java.util.Objects;

/**
 * The options of one decision: new impressions, and repeats of campaigns the client has seen for
 * when no new impression can be recorded; each best first.
 */
public record AdChoice(BestFirst fresh, BestFirst repeats) {
    public AdChoice {
        Objects.requireNonNull(fresh);
        Objects.requireNonNull(repeats);
    }
}

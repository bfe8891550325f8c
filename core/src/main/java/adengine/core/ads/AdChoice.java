package adengine.core.ads;

import java.util.List;

/**
 * The options of one decision, best first: new impressions, and repeats of campaigns the client
 * has seen, for when no new impression can be recorded.
 */
public record AdChoice(List<AdOption> fresh, List<AdOption> repeats) {
    public AdChoice {
        fresh = List.copyOf(fresh);
        repeats = List.copyOf(repeats);
    }
}

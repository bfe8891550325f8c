package adengine.core.ads;

import java.util.List;
import java.util.Optional;

/** The options of one decision: new impressions best first, and the best repeat for when none can be recorded. */
public record AdChoice(List<AdOption> fresh, Optional<AdOption> repeat) {
    public AdChoice {
        fresh = List.copyOf(fresh);
    }
}

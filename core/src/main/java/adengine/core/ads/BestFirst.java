package adengine.core.ads;

import adengine.core.campaign.Campaign;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The best few options of one kind (new impressions, or repeats), best first; equal scores go by
 * campaign id. A decision nearly always takes the first, so only the top {@value #KEPT} of the
 * hundreds scored per request are kept, in a small sorted array; a caller who runs out of them
 * asks for a new choice, which no longer contains the options the ledger turned down.
 */
public final class BestFirst implements Iterable<AdOption> {
    static final int KEPT = 8;

    private final AdOption[] options = new AdOption[KEPT];
    private final double[] scores = new double[KEPT];
    private int size;
    private int offered;

    /**
     * Counts an option of this score and says whether it is among the best so far: only then need
     * it be made and {@linkplain #offer offered}.
     */
    boolean admits(Campaign campaign, double score) {
        offered++;
        return size < KEPT || better(campaign, score, options[KEPT - 1], scores[KEPT - 1]);
    }

    /** Keeps an option that {@link #admits} let in. */
    void offer(AdOption option, double score) {
        int at = size == KEPT ? KEPT - 1 : size++;
        while (at > 0 && better(option.campaign(), score, options[at - 1], scores[at - 1])) {
            options[at] = options[at - 1];
            scores[at] = scores[at - 1];
            at--;
        }
        options[at] = option;
        scores[at] = score;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public Optional<AdOption> best() {
        return size == 0 ? Optional.empty() : Optional.of(options[0]);
    }

    /** Whether options beyond the kept ones were scored (and dropped). */
    public boolean hasMore() {
        return offered > size;
    }

    public List<AdOption> toList() {
        return new ArrayList<>(Arrays.asList(options).subList(0, size));
    }

    @Override
    public Iterator<AdOption> iterator() {
        return toList().iterator();
    }

    private static boolean better(Campaign campaign, double score, AdOption other, double otherScore) {
        if (score != otherScore) {
            return score > otherScore;
        }
        return campaign.campaignId().compareTo(other.campaign().campaignId()) < 0;
    }
}

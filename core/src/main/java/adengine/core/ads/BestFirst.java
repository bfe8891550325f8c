package adengine.core.ads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Scored options of one kind (new impressions, or repeats), handed out best first; equal scores
 * go by campaign id. A decision nearly always takes only the first option, so nothing is sorted:
 * each option handed out costs one scan over flat arrays of scores, which is cheaper than
 * ordering the hundreds of options a request can have.
 */
public final class BestFirst implements Iterable<AdOption> {
    private final int day;
    private final boolean repeat;
    private LiveCampaign[] campaigns = new LiveCampaign[64];
    private double[] relevances = new double[64];
    private double[] scores = new double[64];
    private int size;

    BestFirst(int day, boolean repeat) {
        this.day = day;
        this.repeat = repeat;
    }

    void add(LiveCampaign live, double relevance, double score) {
        if (size == scores.length) {
            campaigns = Arrays.copyOf(campaigns, size * 2);
            relevances = Arrays.copyOf(relevances, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
        }
        campaigns[size] = live;
        relevances[size] = relevance;
        scores[size] = score;
        size++;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public Optional<AdOption> best() {
        Iterator<AdOption> options = iterator();
        return options.hasNext() ? Optional.of(options.next()) : Optional.empty();
    }

    /** Every option, best first (for reports and tests; a decision iterates instead). */
    public List<AdOption> toList() {
        List<AdOption> all = new ArrayList<>(size);
        forEach(all::add);
        return all;
    }

    @Override
    public Iterator<AdOption> iterator() {
        boolean[] taken = new boolean[size];
        return new Iterator<>() {
            private int left = size;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public AdOption next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                int best = -1;
                for (int i = 0; i < size; i++) {
                    if (!taken[i] && (best < 0 || better(i, best))) {
                        best = i;
                    }
                }
                taken[best] = true;
                left--;
                return new AdOption(campaigns[best], day, relevances[best], repeat);
            }
        };
    }

    private boolean better(int a, int b) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        return campaigns[a].campaign().campaignId().compareTo(campaigns[b].campaign().campaignId()) < 0;
    }
}

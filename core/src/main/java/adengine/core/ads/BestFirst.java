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
 * each option handed out costs one scan over a flat array of scores, which is cheaper than
 * ordering the hundreds of options a request can have.
 */
public final class BestFirst implements Iterable<AdOption> {
    private AdOption[] options = new AdOption[64];
    private double[] scores = new double[64];
    private int size;

    void add(AdOption option, double score) {
        if (size == scores.length) {
            options = Arrays.copyOf(options, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
        }
        options[size] = option;
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
                return options[best];
            }
        };
    }

    private boolean better(int a, int b) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        return options[a].campaign().campaignId().compareTo(options[b].campaign().campaignId()) < 0;
    }
}

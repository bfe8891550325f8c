package adengine.core.ads;

import java.util.Arrays;

/**
 * What a campaign's audience did, by {@link Relevance} bin: impressions recorded in each bin and
 * the clicks that followed them. The ranking learns click chances from it.
 */
public record Engagement(int[] impressions, int[] clicks) {
    public static final Engagement NONE = new Engagement(new int[Relevance.BINS], new int[Relevance.BINS]);

    public Engagement {
        impressions = Arrays.copyOf(impressions, Relevance.BINS);
        clicks = Arrays.copyOf(clicks, Relevance.BINS);
    }

    public int impressions(int bin) {
        return impressions[bin];
    }

    public int clicks(int bin) {
        return clicks[bin];
    }

    public int totalClicks() {
        return Arrays.stream(clicks).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Engagement that && Arrays.equals(impressions, that.impressions) && Arrays.equals(clicks, that.clicks);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(impressions) + Arrays.hashCode(clicks);
    }

    @Override
    public String toString() {
        return "Engagement[impressions=" + Arrays.toString(impressions) + ", clicks=" + Arrays.toString(clicks) + "]";
    }
}

package adengine.core.stats;

import java.math.BigDecimal;

/** Unique impressions and clicks and the exact money they cost. */
public record Stats(long impressionsCount, long clicksCount, BigDecimal spentImpressions, BigDecimal spentClicks) {
    public static final Stats ZERO = new Stats(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    public BigDecimal spentTotal() {
        return spentImpressions.add(spentClicks);
    }

    /** Clicks per 100 impressions, unrounded; 0 without impressions. */
    public double conversion() {
        return impressionsCount == 0 ? 0 : clicksCount * 100.0 / impressionsCount;
    }

    public Stats plus(Stats other) {
        return new Stats(impressionsCount + other.impressionsCount, clicksCount + other.clicksCount,
                spentImpressions.add(other.spentImpressions), spentClicks.add(other.spentClicks));
    }
}

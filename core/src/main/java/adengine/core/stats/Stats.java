package adengine.core.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Unique impressions and clicks and the exact money they cost. */
public record Stats(long impressionsCount, long clicksCount, BigDecimal spentImpressions, BigDecimal spentClicks) {
    public static final Stats ZERO = new Stats(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    /** Enough places that the figure stays within 5e-7 of the exact ratio, which readers compare against. */
    public static final int CONVERSION_DECIMALS = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BigDecimal spentTotal() {
        return spentImpressions.add(spentClicks);
    }

    /**
     * Clicks per 100 impressions, computed exactly and rounded half-up to {@value #CONVERSION_DECIMALS}
     * places, always that scale (50.000000); 0 without impressions.
     */
    public BigDecimal conversion() {
        if (impressionsCount == 0) {
            return BigDecimal.ZERO.setScale(CONVERSION_DECIMALS);
        }
        return BigDecimal.valueOf(clicksCount).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(impressionsCount), CONVERSION_DECIMALS, RoundingMode.HALF_UP);
    }

    public Stats plus(Stats other) {
        return new Stats(impressionsCount + other.impressionsCount, clicksCount + other.clicksCount,
                spentImpressions.add(other.spentImpressions), spentClicks.add(other.spentClicks));
    }
}

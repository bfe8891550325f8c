package adengine.core.stats;

import java.math.BigDecimal;

/** How a money figure is shown: the exact amount with at least two decimal places (7.20, 0.125), never rounded. */
public final class Money {
    private static final int MIN_DECIMALS = 2;

    private Money() {
    }

    /** Prices may have up to twelve decimals, so more places are kept when the amount needs them, and none beyond. */
    public static BigDecimal shown(BigDecimal amount) {
        BigDecimal exact = amount.stripTrailingZeros();
        return exact.scale() < MIN_DECIMALS ? exact.setScale(MIN_DECIMALS) : exact;
    }
}

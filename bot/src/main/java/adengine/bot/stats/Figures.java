package adengine.bot.stats;

import adengine.core.stats.Money;
import adengine.core.stats.Stats;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the bot writes statistics figures, the same on every screen and notification. */
public final class Figures {
    private Figures() {
    }

    /** Clicks per 100 impressions with two decimals (core keeps six, a chat needs two). */
    public static String ctr(Stats stats) {
        return stats.conversion().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The exact amount, at least two decimals. */
    public static String money(BigDecimal amount) {
        return Money.shown(amount).toPlainString();
    }
}

package adengine.core.ads;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the ad slot's use cases report for monitoring. Impressions and clicks are reported only
 * after the ledger committed them, each with the price of the campaign the event was recorded for.
 * Implementations must be fast and must not throw: they run on the request's thread.
 */
public interface AdEventListener {
    /** Reports nothing. */
    AdEventListener NONE = new AdEventListener() {
    };

    /** A decision of {@code GET /ads} for a known client, and how long it took. */
    default void decided(DecisionOutcome outcome, long nanos) {
    }

    default void impressionRecorded(UUID advertiserId, UUID campaignId, BigDecimal price) {
    }

    /** A first click; a repeated click is not reported again. */
    default void clickRecorded(UUID advertiserId, UUID campaignId, BigDecimal price) {
    }

    default void clickRejected(ClickRejection reason) {
    }

    /** What a decision showed: a new impression, a repeat of a seen ad, or nothing. */
    enum DecisionOutcome {
        SERVED, REPEAT, NONE
    }

    /** Why a reported click was not recorded. */
    enum ClickRejection {
        /** The request itself was malformed (bad ids or body); reported by the adapter that parsed it. */
        INVALID,
        UNKNOWN_CAMPAIGN,
        UNKNOWN_CLIENT,
        NOT_SHOWN
    }
}

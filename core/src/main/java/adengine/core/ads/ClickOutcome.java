package adengine.core.ads;

/** What the ledger did with a reported click. */
public sealed interface ClickOutcome {
    /** Committed and charged; {@code delivery} is the campaign's delivery including it. */
    record Recorded(Delivery delivery) implements ClickOutcome {
    }

    /** The client had already clicked this campaign: counted once, nothing more. */
    record Duplicate() implements ClickOutcome {
    }

    /** The client was never shown the campaign: nothing recorded. */
    record NotShown() implements ClickOutcome {
    }
}

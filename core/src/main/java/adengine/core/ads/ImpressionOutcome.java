package adengine.core.ads;

/** What the ledger did with a requested impression. */
public sealed interface ImpressionOutcome {
    /** Committed and charged; {@code delivery} is the campaign's delivery including it. */
    record Recorded(Delivery delivery) implements ImpressionOutcome {
    }

    /** The client had already seen the campaign (a concurrent request showed it first): nothing charged. */
    record AlreadySeen() implements ImpressionOutcome {
    }

    /** The campaign can take no new impression any more (cap reached, ended or deleted): nothing recorded. */
    record Refused() implements ImpressionOutcome {
    }
}

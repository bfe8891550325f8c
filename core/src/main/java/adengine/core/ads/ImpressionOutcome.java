package adengine.core.ads;

/** What the ledger did with a requested impression. */
public sealed interface ImpressionOutcome {
    /** Committed and charged; {@code delivery} is the campaign's delivery including it. */
    record Recorded(Delivery delivery) implements ImpressionOutcome {
    }

    /** The client had already seen the campaign (a concurrent request showed it first): nothing charged. */
    record AlreadySeen() implements ImpressionOutcome {
    }

    /** Nothing recorded: the campaign reached a limit; {@code delivery} is its delivery now, fresher than the caller's. */
    record Full(Delivery delivery) implements ImpressionOutcome {
    }

    /** Nothing recorded: the campaign no longer runs that day (ended, not started, or deleted). */
    record Gone() implements ImpressionOutcome {
    }

    /** Nothing recorded: the client, the day or the campaigns changed since what the decision was made on. */
    record Stale() implements ImpressionOutcome {
    }
}

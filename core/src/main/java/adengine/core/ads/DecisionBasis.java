package adengine.core.ads;

/** The versions a decision was made on: the client's (with its scores) and the market's (the day and the campaigns). */
public record DecisionBasis(long clientVersion, MarketVersion market) {
}

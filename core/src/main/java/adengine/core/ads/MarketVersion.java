package adengine.core.ads;

/**
 * Which market a decision must be made in: the current day and the version of the campaigns
 * (it grows with every campaign write on any instance). Read with the client in the same round
 * trip, it tells an instance whether the campaigns it keeps in memory are still the current ones.
 */
public record MarketVersion(int day, long campaigns) {
    /** This version is a later state than {@code other} of the same day: campaigns kept for {@code other} are stale. */
    public boolean supersedes(MarketVersion other) {
        return day != other.day || campaigns > other.campaigns;
    }
}

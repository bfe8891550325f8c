package adengine.core.ads;

/** What a campaign has delivered so far: unique impressions and unique clicks. */
public record Delivery(int impressions, int clicks) {
    public static final Delivery NONE = new Delivery(0, 0);
}

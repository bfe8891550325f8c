package adengine.core.client;

/** A location as clients spell it, and how many clients have it: what a campaign targeted at it can reach. */
public record ClientLocation(String location, long clients) {
}

package adengine.core.access;

import adengine.core.advertiser.Advertiser;
import java.util.Objects;

/** An advertiser a chat has access to, and the language the bot speaks in the chat as that binding keeps it. */
public record BoundAdvertiser(Advertiser advertiser, String language) {
    public BoundAdvertiser {
        Objects.requireNonNull(advertiser, "advertiser");
        Objects.requireNonNull(language, "language");
    }
}

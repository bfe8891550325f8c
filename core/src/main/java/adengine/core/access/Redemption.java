package adengine.core.access;

import adengine.core.advertiser.Advertiser;
import java.util.Objects;
import java.util.Optional;

/**
 * What using an invite did: bound the chat to {@code advertiser}, or nothing because the invite
 * expired or is not valid, or because it was opened in a group that no admin allowed.
 */
public record Redemption(Status status, Optional<Advertiser> advertiser) {
    public enum Status {
        /** The chat now manages the advertiser. */
        BOUND,
        /** The invite was never used but its time is over: ask for a new one. */
        EXPIRED,
        /** No such invite, or it was used or revoked already. */
        INVALID,
        /** Opened in a group that no admin allowed: the invite stays unused, for a private chat. */
        GROUP_NOT_ALLOWED
    }

    public Redemption {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(advertiser, "advertiser");
        if (advertiser.isPresent() != (status == Status.BOUND)) {
            throw new IllegalArgumentException("an advertiser comes with BOUND and only with it");
        }
    }

    public static Redemption bound(Advertiser advertiser) {
        return new Redemption(Status.BOUND, Optional.of(advertiser));
    }

    public static Redemption expired() {
        return new Redemption(Status.EXPIRED, Optional.empty());
    }

    public static Redemption invalid() {
        return new Redemption(Status.INVALID, Optional.empty());
    }

    public static Redemption groupNotAllowed() {
        return new Redemption(Status.GROUP_NOT_ALLOWED, Optional.empty());
    }
}

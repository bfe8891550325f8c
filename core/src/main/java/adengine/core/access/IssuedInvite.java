package adengine.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An invite as stored: known by its own id, never by its token, which exists only in the answer
 * that created it. {@code used} and {@code revoked} exclude each other.
 */
public record IssuedInvite(UUID inviteId, UUID advertiserId, Instant createdAt, Instant expiresAt, boolean used, boolean revoked) {
    public IssuedInvite {
        Objects.requireNonNull(inviteId, "inviteId");
        Objects.requireNonNull(advertiserId, "advertiserId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (used && revoked) {
            throw new IllegalArgumentException("an invite is used or revoked, never both");
        }
    }

    /** Whether a chat could still use it at {@code now}. */
    public boolean open(Instant now) {
        return !used && !revoked && expiresAt.isAfter(now);
    }
}

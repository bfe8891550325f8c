package adengine.core.access;

import adengine.core.common.Rule;
import adengine.core.common.Validator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A one-time invite that binds the Telegram chat using it to an advertiser. The token is shown
 * once, here; only its hash is stored, and the invite is named by {@code inviteId} from then on.
 * {@code link} opens the bot with the token as its start parameter, once the bot has recorded its
 * username.
 */
public record Invite(UUID inviteId, String token, UUID advertiserId, Instant expiresAt, Optional<String> link) {
    public Invite {
        new Validator()
                .require("invite_id", inviteId)
                .check(Tokens.isWellFormed(token), "token", Rule.INVITE_TOKEN, Tokens.LENGTH)
                .require("advertiser_id", advertiserId)
                .require("expires_at", expiresAt)
                .throwIfInvalid();
        Objects.requireNonNull(link, "link");
    }
}

package adengine.core.access;

import adengine.core.common.Rule;
import adengine.core.common.Validator;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-time code that makes its first sender the bot's admin, while the deployment has none.
 * The code waits in a {@link ClaimCodeStore} that only the operator can read, the same code from
 * start to start until it is used, so it is never written to the log.
 */
final class AdminClaim {
    private static final Logger LOG = LoggerFactory.getLogger(AdminClaim.class);

    private final AccessRepository access;
    private final ClaimCodeStore codes;
    private final boolean adminsConfigured;
    private final Clock clock;
    private final Tokens tokens = new Tokens();

    AdminClaim(AccessRepository access, ClaimCodeStore codes, boolean adminsConfigured, Clock clock) {
        this.access = Objects.requireNonNull(access);
        this.codes = Objects.requireNonNull(codes);
        this.adminsConfigured = adminsConfigured;
        this.clock = Objects.requireNonNull(clock);
    }

    private boolean anyAdmin() {
        return adminsConfigured || access.anyClaimedAdmin();
    }

    /** While no admin exists, a code waits in the store (created now if need be) and this says where; else it removes a stale one. */
    Optional<String> offer() {
        if (anyAdmin()) {
            codes.delete();
            return Optional.empty();
        }
        if (codes.read().isEmpty()) {
            codes.write(tokens.next());
            LOG.info("A new bot admin claim code was created");
        }
        return Optional.of(codes.location());
    }

    Optional<String> code() {
        return anyAdmin() ? Optional.empty() : codes.read();
    }

    /** Synchronized: two chats sending the code at once make one admin, as the store's guard alone might let both pass. */
    synchronized boolean claim(String code, long userId) {
        new Validator().check(userId > 0, "user_id", Rule.TELEGRAM_USER_ID).throwIfInvalid();
        Optional<String> expected = code();
        if (code == null || expected.isEmpty() || !Tokens.constantTimeEquals(expected.get(), code)) {
            return false;
        }
        boolean claimed = access.claimFirstAdmin(userId, clock.instant());
        if (claimed) {
            codes.delete();
            LOG.info("The bot admin role was claimed with the claim code");
        }
        return claimed;
    }
}

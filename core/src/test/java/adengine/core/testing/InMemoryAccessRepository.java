package adengine.core.testing;

import adengine.core.access.AccessRepository;
import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A fake store of bot access for use-case tests; reads advertisers from the given repository. */
public final class InMemoryAccessRepository implements AccessRepository {
    private record StoredInvite(UUID advertiserId, Instant expiresAt, boolean used) {
    }

    private record Binding(long chatId, UUID advertiserId) {
    }

    private final AdvertiserRepository advertisers;
    private final Map<String, StoredInvite> invites = new HashMap<>();
    private final Set<Binding> bindings = new HashSet<>();
    private final Set<Long> admins = new HashSet<>();
    private String botUsername;

    public InMemoryAccessRepository(AdvertiserRepository advertisers) {
        this.advertisers = advertisers;
    }

    /** The token hashes stored, to check that no token is kept in clear. */
    public synchronized Set<String> inviteKeys() {
        return Set.copyOf(invites.keySet());
    }

    @Override
    public synchronized void insertInvite(String tokenHash, UUID advertiserId, Instant createdAt, Instant expiresAt) {
        invites.put(tokenHash, new StoredInvite(advertiserId, expiresAt, false));
    }

    @Override
    public synchronized Optional<UUID> useInvite(String tokenHash, long chatId, Instant now) {
        StoredInvite invite = invites.get(tokenHash);
        if (invite == null || invite.used() || !invite.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        invites.put(tokenHash, new StoredInvite(invite.advertiserId(), invite.expiresAt(), true));
        bindings.add(new Binding(chatId, invite.advertiserId()));
        return Optional.of(invite.advertiserId());
    }

    @Override
    public synchronized boolean isUnusedInvite(String tokenHash) {
        return invites.containsKey(tokenHash) && !invites.get(tokenHash).used();
    }

    @Override
    public synchronized List<Advertiser> advertisersOf(long chatId) {
        return bindings.stream()
                .filter(binding -> binding.chatId() == chatId)
                .map(binding -> advertisers.find(binding.advertiserId()).orElseThrow())
                .toList();
    }

    @Override
    public synchronized boolean isBound(long chatId, UUID advertiserId) {
        return bindings.contains(new Binding(chatId, advertiserId));
    }

    @Override
    public synchronized boolean isClaimedAdmin(long userId) {
        return admins.contains(userId);
    }

    @Override
    public synchronized boolean anyClaimedAdmin() {
        return !admins.isEmpty();
    }

    @Override
    public synchronized boolean claimFirstAdmin(long userId, Instant at) {
        return admins.isEmpty() && admins.add(userId);
    }

    @Override
    public synchronized void saveBotUsername(String username, Instant at) {
        botUsername = username;
    }

    @Override
    public synchronized Optional<String> botUsername() {
        return Optional.ofNullable(botUsername);
    }
}

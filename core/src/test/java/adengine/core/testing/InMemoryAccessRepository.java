package adengine.core.testing;

import adengine.core.access.AccessRepository;
import adengine.core.access.BoundAdvertiser;
import adengine.core.access.ChatBinding;
import adengine.core.access.ChatKind;
import adengine.core.access.IssuedInvite;
import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A fake store of bot access for use-case tests; reads advertisers from the given repository. */
public final class InMemoryAccessRepository implements AccessRepository {
    private record Binding(long chatId, UUID advertiserId) {
    }

    private final AdvertiserRepository advertisers;
    private final Map<String, IssuedInvite> invitesByHash = new LinkedHashMap<>();
    private final Map<Binding, ChatBinding> bindings = new LinkedHashMap<>();
    private final Set<Long> allowedGroups = new HashSet<>();
    private final Set<Long> admins = new HashSet<>();
    private String botUsername;

    public InMemoryAccessRepository(AdvertiserRepository advertisers) {
        this.advertisers = advertisers;
    }

    /** The token hashes stored, to check that no token is kept in clear. */
    public synchronized Set<String> inviteKeys() {
        return Set.copyOf(invitesByHash.keySet());
    }

    @Override
    public synchronized void insertInvite(UUID inviteId, String tokenHash, UUID advertiserId, Instant createdAt, Instant expiresAt) {
        invitesByHash.put(tokenHash, new IssuedInvite(inviteId, advertiserId, createdAt, expiresAt, false, false));
    }

    @Override
    public synchronized Optional<UUID> useInvite(String tokenHash, long chatId, ChatKind kind, String language, Instant now) {
        IssuedInvite invite = invitesByHash.get(tokenHash);
        if (invite == null || !invite.open(now)) {
            return Optional.empty();
        }
        invitesByHash.put(tokenHash, new IssuedInvite(invite.inviteId(), invite.advertiserId(), invite.createdAt(), invite.expiresAt(),
                true, false));
        bindings.putIfAbsent(new Binding(chatId, invite.advertiserId()),
                new ChatBinding(chatId, invite.advertiserId(), kind, language, now, true));
        return Optional.of(invite.advertiserId());
    }

    @Override
    public synchronized boolean isUnusedInvite(String tokenHash) {
        IssuedInvite invite = invitesByHash.get(tokenHash);
        return invite != null && !invite.used() && !invite.revoked();
    }

    @Override
    public synchronized List<IssuedInvite> openInvites(UUID advertiserId, Instant now) {
        return invitesByHash.values().stream()
                .filter(invite -> invite.advertiserId().equals(advertiserId) && invite.open(now))
                .sorted(Comparator.comparing(IssuedInvite::createdAt))
                .toList();
    }

    @Override
    public synchronized Optional<IssuedInvite> findInvite(UUID inviteId) {
        return invitesByHash.values().stream().filter(invite -> invite.inviteId().equals(inviteId)).findFirst();
    }

    @Override
    public synchronized boolean revokeInvite(UUID inviteId, Instant at) {
        for (Map.Entry<String, IssuedInvite> entry : invitesByHash.entrySet()) {
            IssuedInvite invite = entry.getValue();
            if (invite.inviteId().equals(inviteId) && !invite.used() && !invite.revoked()) {
                entry.setValue(new IssuedInvite(inviteId, invite.advertiserId(), invite.createdAt(), invite.expiresAt(), false, true));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized List<BoundAdvertiser> advertisersOf(long chatId) {
        return bindings.values().stream()
                .filter(binding -> binding.chatId() == chatId && gives(binding))
                .map(binding -> new BoundAdvertiser(advertisers.find(binding.advertiserId()).orElseThrow(), binding.language()))
                .toList();
    }

    @Override
    public synchronized boolean hasAccess(long chatId, UUID advertiserId) {
        ChatBinding binding = bindings.get(new Binding(chatId, advertiserId));
        return binding != null && gives(binding);
    }

    private boolean gives(ChatBinding binding) {
        return binding.kind() == ChatKind.PRIVATE || allowedGroups.contains(binding.chatId());
    }

    @Override
    public synchronized List<ChatBinding> chatsOf(UUID advertiserId) {
        return bindings.values().stream()
                .filter(binding -> binding.advertiserId().equals(advertiserId))
                .map(binding -> new ChatBinding(binding.chatId(), advertiserId, binding.kind(), binding.language(), binding.boundAt(),
                        gives(binding)))
                .toList();
    }

    @Override
    public synchronized void setLanguage(long chatId, String language) {
        bindings.replaceAll((key, binding) -> key.chatId() != chatId ? binding : new ChatBinding(chatId, binding.advertiserId(),
                binding.kind(), language, binding.boundAt(), binding.active()));
    }

    @Override
    public synchronized boolean unbind(long chatId, UUID advertiserId) {
        return bindings.remove(new Binding(chatId, advertiserId)) != null;
    }

    @Override
    public synchronized void allowGroup(long chatId, long adminUserId, Instant at) {
        allowedGroups.add(chatId);
    }

    @Override
    public synchronized boolean disallowGroup(long chatId) {
        boolean hadBindings = bindings.keySet().removeIf(binding -> binding.chatId() == chatId);
        return allowedGroups.remove(chatId) | hadBindings;
    }

    @Override
    public synchronized boolean isAllowedGroup(long chatId) {
        return allowedGroups.contains(chatId);
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

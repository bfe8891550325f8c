package adengine.core.testing;

import adengine.core.client.Client;
import adengine.core.client.ClientRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A fake client store for use-case and route tests. */
public final class InMemoryClientRepository implements ClientRepository {
    private final Map<UUID, Client> clients = new ConcurrentHashMap<>();

    @Override
    public void upsertAll(List<Client> batch) {
        batch.forEach(client -> clients.put(client.clientId(), client));
    }

    @Override
    public Optional<Client> find(UUID clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    @Override
    public List<String> locationsLike(String location, int limit) {
        return clients.values().stream().map(Client::location).filter(location::equalsIgnoreCase)
                .distinct().sorted().limit(limit).toList();
    }
}

package adengine.core.testing;

import adengine.core.client.Client;
import adengine.core.client.ClientLocation;
import adengine.core.client.ClientRepository;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    @Override
    public Page<ClientLocation> locations(SearchTerm term, PageRequest request) {
        Map<String, Long> counts = clients.values().stream().map(Client::location).filter(term::matches)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return Page.of(counts.entrySet().stream()
                .map(entry -> new ClientLocation(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(ClientLocation::clients).reversed().thenComparing(ClientLocation::location))
                .toList(), request);
    }
}

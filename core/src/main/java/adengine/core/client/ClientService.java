package adengine.core.client;

import adengine.core.common.LastWins;
import adengine.core.common.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Use cases of clients: bulk upsert and lookup. */
public final class ClientService {
    private final ClientRepository clients;

    public ClientService(ClientRepository clients) {
        this.clients = Objects.requireNonNull(clients);
    }

    /** Stores the batch atomically; returns one client per distinct id, last occurrence winning. */
    public List<Client> upsertAll(List<Client> batch) {
        List<Client> distinct = LastWins.distinct(batch, Client::clientId);
        clients.upsertAll(distinct);
        return distinct;
    }

    public Client get(UUID clientId) {
        return clients.find(clientId).orElseThrow(() -> new NotFoundException("client", clientId));
    }
}

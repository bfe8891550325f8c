package adengine.core.client;

import adengine.core.common.LastWins;
import adengine.core.common.NotFoundException;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Use cases of clients: bulk upsert, lookup, and the locations they have and how they spell them. */
public final class ClientService {
    private static final int SPELLINGS_SHOWN = 5;

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

    /**
     * How clients spell a location typed for targeting, which matches exactly: empty when no
     * client has it in any case (the campaign would reach nobody yet), the clients' spellings
     * when they differ from the typed one only in case.
     */
    public List<String> spellingsOf(String location) {
        return clients.locationsLike(location, SPELLINGS_SHOWN);
    }

    /** The locations clients have, matching {@code term}, the most common first: what targeting can choose from. */
    public Page<ClientLocation> locations(SearchTerm term, PageRequest request) {
        return clients.locations(term, request);
    }

    public Client get(UUID clientId) {
        return clients.find(clientId).orElseThrow(() -> new NotFoundException("client", clientId));
    }
}

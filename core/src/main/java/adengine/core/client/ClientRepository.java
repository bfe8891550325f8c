package adengine.core.client;

import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of clients. */
public interface ClientRepository {
    /** Inserts or replaces every client in one transaction. */
    void upsertAll(List<Client> clients);

    Optional<Client> find(UUID clientId);

    /** The locations clients have that equal {@code location} ignoring case, as the clients spell them; at most {@code limit}. */
    List<String> locationsLike(String location, int limit);

    /** The distinct locations of clients that match {@code term}, with their clients: the most common first, then by location. */
    Page<ClientLocation> locations(SearchTerm term, PageRequest request);
}

package adengine.core.client;

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
}

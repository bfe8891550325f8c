package adengine.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import adengine.core.common.NotFoundException;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import adengine.core.common.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClientServiceTest {
    private final List<List<Client>> stored = new ArrayList<>();
    private final ClientService clients = new ClientService(new ClientRepository() {
        @Override
        public void upsertAll(List<Client> batch) {
            stored.add(batch);
        }

        @Override
        public Optional<Client> find(UUID clientId) {
            return stored.stream().flatMap(List::stream).filter(c -> c.clientId().equals(clientId)).reduce((a, b) -> b);
        }

        @Override
        public List<String> locationsLike(String location, int limit) {
            asked.add(location + " " + limit);
            return List.of("Omsk");
        }

        @Override
        public Page<ClientLocation> locations(SearchTerm term, PageRequest request) {
            asked.add(term.text() + " " + request.page());
            return new Page<>(List.of(new ClientLocation("Omsk", 2)), 1);
        }
    });
    private final List<String> asked = new ArrayList<>();

    @Test
    void spellingsOfALocationAskForAFewOnly() {
        assertEquals(List.of("Omsk"), clients.spellingsOf("OMSK"));
        assertEquals(List.of("OMSK 5"), asked);
    }

    @Test
    void locationsAreAskedWithTheTermAndThePage() {
        assertEquals(new Page<>(List.of(new ClientLocation("Omsk", 2)), 1), clients.locations(new SearchTerm("om"), new PageRequest(3, 8)));
        assertEquals(List.of("om 3"), asked);
    }

    @Test
    void bulkKeepsTheLastOccurrenceInTheOrderOfTheFirst() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Client a1 = new Client(a, "a1", 20, "X", Gender.MALE);
        Client b1 = new Client(b, "b1", 20, "X", Gender.MALE);
        Client a2 = new Client(a, "a2", 21, "Y", Gender.FEMALE);

        List<Client> result = clients.upsertAll(List.of(a1, b1, a2));

        assertEquals(List.of(a2, b1), result);
        assertEquals(List.of(List.of(a2, b1)), stored, "one call: one transaction");
    }

    @Test
    void anUnknownClientIsNotFound() {
        assertThrows(NotFoundException.class, () -> clients.get(UUID.randomUUID()));
    }

    @Test
    void aClientIsValidatedWhenBuilt() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Client(null, "", 151, "x\0y", null));

        assertEquals(List.of("client_id", "login", "age", "location", "gender"),
                e.problems().stream().map(p -> p.field()).toList());
    }
}

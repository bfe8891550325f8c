package adengine.persistence.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.client.Client;
import adengine.core.client.Gender;
import adengine.persistence.db.Database;
import adengine.persistence.testing.TestInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqClientRepositoryTest {
    private static Database database;
    private static JooqClientRepository clients;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        clients = new JooqClientRepository(database.dsl());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void upsertInsertsThenReplaces() {
        UUID id = UUID.randomUUID();
        clients.upsertAll(List.of(new Client(id, "anna", 25, "Kazan", Gender.FEMALE)));
        clients.upsertAll(List.of(new Client(id, "anna2", 26, "Perm", Gender.FEMALE)));

        assertEquals(new Client(id, "anna2", 26, "Perm", Gender.FEMALE), clients.find(id).orElseThrow());
    }

    @Test
    void locationsAreFoundIgnoringCaseInAnyScriptAsClientsSpellThem() {
        String city = "Кызыл-" + UUID.randomUUID();
        clients.upsertAll(List.of(new Client(UUID.randomUUID(), "a", 30, city, Gender.MALE),
                new Client(UUID.randomUUID(), "b", 30, city.toUpperCase(Locale.ROOT), Gender.FEMALE)));

        assertEquals(Set.of(city.toUpperCase(Locale.ROOT), city), Set.copyOf(clients.locationsLike(city.toLowerCase(Locale.ROOT), 5)));
        assertEquals(1, clients.locationsLike(city, 1).size());
        assertEquals(List.of(), clients.locationsLike("Кызыл", 5));
    }

    @Test
    void unknownClientIsEmpty() {
        assertTrue(clients.find(UUID.randomUUID()).isEmpty());
    }

    @Test
    void storesBatchesLargerThanOneStatementCanBind() {
        List<Client> batch = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            batch.add(new Client(UUID.randomUUID(), "login" + i, i % 100, "City" + i % 7, Gender.MALE));
        }

        clients.upsertAll(batch);

        assertEquals(batch.get(9_999), clients.find(batch.get(9_999).clientId()).orElseThrow());
        assertEquals(batch.get(0), clients.find(batch.get(0).clientId()).orElseThrow());
    }
}

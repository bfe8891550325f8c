package adengine.persistence.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.client.Client;
import adengine.core.client.ClientLocation;
import adengine.core.client.Gender;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
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
    void locationsComeWithTheirClientsTheMostCommonFirstAndAreFoundByAnyPartInAnyCase() {
        String tag = UUID.randomUUID().toString();
        clients.upsertAll(List.of(client("Казань " + tag), client("Казань " + tag), client("Казань " + tag),
                client("Москва " + tag), client("Москва " + tag), client("МОСКВА " + tag), client("Омск " + tag)));

        Page<ClientLocation> found = clients.locations(new SearchTerm(tag), new PageRequest(1, 3));

        assertEquals(List.of(new ClientLocation("Казань " + tag, 3), new ClientLocation("Москва " + tag, 2),
                new ClientLocation("МОСКВА " + tag, 1)), found.items());
        assertEquals(4, found.total());
        assertEquals(List.of(new ClientLocation("Омск " + tag, 1)), clients.locations(new SearchTerm(tag), new PageRequest(2, 3)).items());
        assertEquals(List.of(new ClientLocation("Москва " + tag, 2), new ClientLocation("МОСКВА " + tag, 1)),
                clients.locations(new SearchTerm("москва " + tag), new PageRequest(1, 8)).items());
    }

    @Test
    void locationsWithWildcardsQuotesAndEmojiAreFoundLiterallyAndAnyTermListsThemAll() {
        String tag = UUID.randomUUID().toString();
        String percent = "100% " + tag;
        String underscore = "Нью_Йорк " + tag;
        String quotes = "Д'Артаньян \"Гасконь\" " + tag;
        String emoji = "🏙 Сити " + tag;
        String longest = tag + "я".repeat(256 - tag.length());
        clients.upsertAll(List.of(client(percent), client(underscore), client(quotes), client(emoji), client(longest)));

        assertEquals(List.of(percent), locations("0% " + tag));
        assertEquals(List.of(), locations("%" + tag));
        assertEquals(List.of(underscore), locations("ю_й"));
        assertEquals(List.of(), locations("ю_" + tag));
        assertEquals(List.of(quotes), locations("д'артаньян \"гасконь\""));
        assertEquals(List.of(emoji), locations("🏙 с"));
        assertEquals(List.of(longest), locations(longest.toUpperCase(Locale.ROOT)));
        Page<ClientLocation> all = clients.locations(SearchTerm.ANY, new PageRequest(1, PageRequest.MAX_SIZE));
        assertTrue(all.items().stream().map(ClientLocation::location).toList().containsAll(List.of(percent, underscore, quotes, emoji, longest)));
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

    private static List<String> locations(String term) {
        return clients.locations(new SearchTerm(term), new PageRequest(1, 8)).items().stream().map(ClientLocation::location).toList();
    }

    private static Client client(String location) {
        return new Client(UUID.randomUUID(), "login", 30, location, Gender.FEMALE);
    }
}

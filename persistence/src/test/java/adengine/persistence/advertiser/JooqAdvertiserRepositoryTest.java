package adengine.persistence.advertiser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.core.advertiser.Advertiser;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import adengine.persistence.db.Database;
import adengine.persistence.testing.TestInfrastructure;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqAdvertiserRepositoryTest {
    private static Database database;
    private static JooqAdvertiserRepository advertisers;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        advertisers = new JooqAdvertiserRepository(database.dsl());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void aNamePartFindsTheAdvertisersWhoseNameContainsItIgnoringCaseByNameAndCountsThem() {
        String tag = UUID.randomUUID().toString();
        Advertiser bakery = advertiser("Пекарня " + tag);
        Advertiser upper = advertiser("ПЕКАРНЯ №2 " + tag);
        Advertiser other = advertiser("Кофейня " + tag);
        advertisers.upsertAll(List.of(bakery, upper, other));

        Page<Advertiser> found = advertisers.page(new SearchTerm("пекарня"), new PageRequest(1, 10));

        assertEquals(List.of(upper, bakery), found.items().stream().filter(a -> a.name().endsWith(tag)).toList());
        assertEquals(List.of(upper), advertisers.page(new SearchTerm("ня №2 " + tag.toUpperCase()), new PageRequest(1, 10)).items());
        Page<Advertiser> second = advertisers.page(new SearchTerm(tag), new PageRequest(2, 2));
        assertEquals(List.of(bakery), second.items());
        assertEquals(3, second.total());
    }

    @Test
    void wildcardsQuotesEmojiAndLongNamesAreTakenLiterally() {
        String tag = UUID.randomUUID().toString();
        Advertiser percent = advertiser("100% " + tag);
        Advertiser underscore = advertiser("a_b " + tag);
        Advertiser quotes = advertiser("O'Neil \"Shop\" " + tag);
        Advertiser emoji = advertiser("☕ Кофе " + tag);
        Advertiser longest = advertiser(tag + "y".repeat(256 - tag.length()));
        advertisers.upsertAll(List.of(percent, underscore, quotes, emoji, longest));

        assertEquals(List.of(percent), found("0% " + tag));
        assertEquals(List.of(), found("%" + tag));
        assertEquals(List.of(underscore), found("_b " + tag));
        assertEquals(List.of(), found("a_" + tag));
        assertEquals(List.of(quotes), found("'neil \"shop\" " + tag));
        assertEquals(List.of(emoji), found("☕ к"));
        assertEquals(List.of(longest), found(longest.name()));
        assertEquals(List.of(), found(longest.name().substring(1) + "y"));
    }

    @Test
    void anyNameListsEveryAdvertiser() {
        advertisers.upsertAll(List.of(advertiser("Any " + UUID.randomUUID())));

        Page<Advertiser> all = advertisers.page(SearchTerm.ANY, new PageRequest(1, 100));

        assertEquals(all.items().size(), all.total());
    }

    private static List<Advertiser> found(String name) {
        return advertisers.page(new SearchTerm(name), new PageRequest(1, 10)).items();
    }

    private static Advertiser advertiser(String name) {
        return new Advertiser(UUID.randomUUID(), name);
    }
}

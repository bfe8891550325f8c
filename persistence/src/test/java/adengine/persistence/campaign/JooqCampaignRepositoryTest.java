package adengine.persistence.campaign;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.advertiser.Advertiser;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignScope;
import adengine.core.campaign.ListedCampaign;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import adengine.core.testing.Fixtures;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.db.Database;
import adengine.persistence.testing.TestInfrastructure;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqCampaignRepositoryTest {
    private static Database database;
    private static JooqCampaignRepository campaigns;
    private static JooqAdvertiserRepository advertisers;
    private Advertiser advertiser;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabase());
        campaigns = new JooqCampaignRepository(database.dsl());
        advertisers = new JooqAdvertiserRepository(database.dsl());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void newAdvertiser() {
        advertiser = Fixtures.advertiser();
        advertisers.upsertAll(List.of(advertiser));
    }

    @Test
    void storesEveryFieldExactly() {
        Campaign campaign = campaign(aCampaign()
                .withPrices("1.50", "0.000000000001")
                .withTargeting(new Targeting(TargetGender.ALL, 18, 30, "Kazan")));

        campaigns.insert(campaign);

        Campaign stored = campaigns.find(advertiser.advertiserId(), campaign.campaignId()).orElseThrow();
        assertEquals(campaign, stored);
        assertEquals("1.50", stored.spec().costPerImpression().toPlainString());
    }

    @Test
    void aCampaignIsInvisibleThroughAnotherAdvertiser() {
        Campaign campaign = campaign(aCampaign());
        campaigns.insert(campaign);

        assertTrue(campaigns.find(UUID.randomUUID(), campaign.campaignId()).isEmpty());
        assertFalse(campaigns.delete(UUID.randomUUID(), campaign.campaignId()));
    }

    @Test
    void pagesNewestFirstAndCountsAll() {
        Campaign oldest = campaign(aCampaign().withTexts("first", "text"));
        Campaign middle = campaign(aCampaign().withTexts("second", "text"));
        Campaign newest = campaign(aCampaign().withTexts("third", "text"));
        List.of(oldest, middle, newest).forEach(campaigns::insert);

        Page<Campaign> first = campaigns.page(advertiser.advertiserId(), new PageRequest(1, 2));
        Page<Campaign> second = campaigns.page(advertiser.advertiserId(), new PageRequest(2, 2));

        assertEquals(List.of(newest, middle), first.items());
        assertEquals(List.of(oldest), second.items());
        assertEquals(3, first.total());
    }

    @Test
    void deletedCampaignsAreGoneFromReadsAndCounts() {
        Campaign campaign = campaign(aCampaign());
        campaigns.insert(campaign);

        assertTrue(campaigns.delete(advertiser.advertiserId(), campaign.campaignId()));

        assertTrue(campaigns.find(advertiser.advertiserId(), campaign.campaignId()).isEmpty());
        assertEquals(0, campaigns.page(advertiser.advertiserId(), new PageRequest(1, 10)).total());
        assertFalse(campaigns.delete(advertiser.advertiserId(), campaign.campaignId()));
        assertTrue(campaigns.update(advertiser.advertiserId(), campaign.campaignId(), c -> c).isEmpty());
    }

    @Test
    void scopesSplitActiveFromFinishedAndOnlyAllListsTheDeletedMarked() {
        int today = 10;
        Campaign scheduled = campaign(aCampaign().withDates(12, 20));
        Campaign lastDayToday = campaign(aCampaign().withDates(5, 10));
        Campaign finished = campaign(aCampaign().withDates(1, 9));
        Campaign deleted = campaign(aCampaign().withDates(5, 15));
        List.of(scheduled, lastDayToday, finished, deleted).forEach(campaigns::insert);
        campaigns.delete(advertiser.advertiserId(), deleted.campaignId());

        assertEquals(List.of(live(lastDayToday), live(scheduled)), listed(CampaignScope.ACTIVE, SearchTerm.ANY, today).items());
        assertEquals(List.of(live(finished)), listed(CampaignScope.FINISHED, SearchTerm.ANY, today).items());
        Page<ListedCampaign> all = listed(CampaignScope.ALL, SearchTerm.ANY, today);
        assertEquals(List.of(new ListedCampaign(deleted, true), live(finished), live(lastDayToday), live(scheduled)), all.items());
        assertEquals(4, all.total());
        assertEquals(List.of(live(finished), live(lastDayToday), live(scheduled)), listed(CampaignScope.ACTIVE, SearchTerm.ANY, 9).items());
    }

    @Test
    void aTitlePartNarrowsAnyScopeLiterallyAndIgnoringCaseAndPagesCountTheMatches() {
        Campaign coffee = campaign(aCampaign().withTexts("Кофе 50% утром", "text"));
        Campaign tea = campaign(aCampaign().withTexts("Чай_и_КОФЕ ☕", "text"));
        Campaign quotes = campaign(aCampaign().withTexts("«Булки» и 'багеты' \"навынос\"", "text"));
        List.of(coffee, tea, quotes).forEach(campaigns::insert);

        Page<ListedCampaign> first = campaigns.page(advertiser.advertiserId(), CampaignScope.ALL, new SearchTerm("кофе"), 0,
                new PageRequest(1, 1));
        assertEquals(List.of(live(tea)), first.items());
        assertEquals(2, first.total());
        assertEquals(List.of(live(coffee)), listed(CampaignScope.ACTIVE, new SearchTerm("50%"), 0).items());
        assertEquals(List.of(), listed(CampaignScope.ACTIVE, new SearchTerm("5%"), 0).items());
        assertEquals(List.of(live(tea)), listed(CampaignScope.ACTIVE, new SearchTerm("_и_"), 0).items());
        assertEquals(List.of(live(tea)), listed(CampaignScope.ACTIVE, new SearchTerm("☕"), 0).items());
        assertEquals(List.of(live(quotes)), listed(CampaignScope.ACTIVE, new SearchTerm("'БАГЕТЫ' \"навынос\""), 0).items());
        assertEquals(List.of(), listed(CampaignScope.ACTIVE, new SearchTerm("ы".repeat(256)), 0).items());
        assertEquals(List.of(), campaigns.page(UUID.randomUUID(), CampaignScope.ALL, SearchTerm.ANY, 0, new PageRequest(1, 10)).items());
    }

    @Test
    void updateStoresTheChangeOrNothingWhenItFails() {
        Campaign campaign = campaign(aCampaign());
        campaigns.insert(campaign);

        campaigns.update(advertiser.advertiserId(), campaign.campaignId(),
                c -> c.withSpec(aCampaign().withTexts("new title", "new text").build()));
        assertThrows(IllegalStateException.class, () -> campaigns.update(advertiser.advertiserId(), campaign.campaignId(), c -> {
            throw new IllegalStateException("rejected");
        }));

        assertEquals("new title", campaigns.find(advertiser.advertiserId(), campaign.campaignId()).orElseThrow().spec().adTitle());
    }

    private Page<ListedCampaign> listed(CampaignScope scope, SearchTerm title, int today) {
        return campaigns.page(advertiser.advertiserId(), scope, title, today, new PageRequest(1, 10));
    }

    private static ListedCampaign live(Campaign campaign) {
        return new ListedCampaign(campaign, false);
    }

    private Campaign campaign(adengine.core.testing.CampaignSpecBuilder spec) {
        return new Campaign(UUID.randomUUID(), advertiser.advertiserId(), spec.build(), null);
    }
}

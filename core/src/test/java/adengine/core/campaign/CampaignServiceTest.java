package adengine.core.campaign;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.common.ConflictException;
import adengine.core.common.FieldProblem;
import adengine.core.common.NotFoundException;
import adengine.core.common.PageRequest;
import adengine.core.common.Rule;
import adengine.core.common.SearchTerm;
import adengine.core.common.ValidationException;
import adengine.core.moderation.ModerationRejectedException;
import adengine.core.moderation.ModerationService;
import adengine.core.moderation.ModerationVerdict;
import adengine.core.testing.Fixtures;
import adengine.core.testing.InMemoryAdvertiserRepository;
import adengine.core.testing.InMemoryCampaignRepository;
import adengine.core.testing.InMemoryModerationSwitch;
import adengine.core.testing.NoLiveCampaigns;
import adengine.core.testing.SettableDay;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CampaignServiceTest {
    private final SettableDay clock = new SettableDay();
    private final InMemoryAdvertiserRepository advertiserRepository = new InMemoryAdvertiserRepository();
    private final NoLiveCampaigns live = new NoLiveCampaigns();
    private final ModerationService moderation = new ModerationService(new InMemoryModerationSwitch(),
            text -> text.contains("scam") ? ModerationVerdict.reject(Rule.INAPPROPRIATE, "says scam") : ModerationVerdict.allow());
    private final CampaignService campaigns = new CampaignService(
            new InMemoryCampaignRepository(), new AdvertiserService(advertiserRepository), clock, live, unusedImage -> { },
            moderation);
    private final Advertiser advertiser = Fixtures.advertiser();

    @BeforeEach
    void knownAdvertiser() {
        advertiserRepository.upsertAll(List.of(advertiser));
    }

    @Test
    void createNeedsAKnownAdvertiser() {
        assertThrows(NotFoundException.class, () -> campaigns.create(UUID.randomUUID(), aCampaign().build()));
    }

    @Test
    void aCampaignCannotStartInThePast() {
        clock.set(5);

        ValidationException e = assertThrows(ValidationException.class,
                () -> campaigns.create(advertiser.advertiserId(), aCampaign().withDates(4, 10).build()));

        assertEquals("start_date", e.problems().get(0).field());
    }

    @Test
    void beforeTheStartLimitsAndDatesMayChange() {
        Campaign campaign = campaigns.create(advertiser.advertiserId(), aCampaign().withDates(3, 10).build());
        CampaignPatch patch = CampaignPatch.builder().impressionsLimit(500).clicksLimit(50).startDate(4).endDate(12).build();

        Campaign updated = campaigns.update(advertiser.advertiserId(), campaign.campaignId(), patch);

        assertEquals(500, updated.spec().impressionsLimit());
        assertEquals(12, updated.spec().endDate());
    }

    @Test
    void fromTheStartDayAChangedLimitIsAConflict() {
        Campaign campaign = campaigns.create(advertiser.advertiserId(), aCampaign().withDates(3, 10).build());
        clock.set(3);

        ConflictException e = assertThrows(ConflictException.class, () -> campaigns.update(
                advertiser.advertiserId(), campaign.campaignId(), CampaignPatch.builder().clicksLimit(11).build()));

        assertEquals("clicks_limit", e.problem().field());
        assertEquals(Rule.LOCKED_AFTER_START, e.problem().problem());
        assertEquals("clicks_limit cannot change after the campaign started on day 3", e.getMessage());
    }

    @Test
    void afterTheStartTheSameLockedValuesAndNewPricesAreAccepted() {
        Campaign campaign = campaigns.create(advertiser.advertiserId(), aCampaign().withDates(0, 10).build());
        clock.set(2);
        CampaignSpec spec = campaign.spec();
        CampaignPatch patch = CampaignPatch.builder()
                .impressionsLimit(spec.impressionsLimit()).clicksLimit(spec.clicksLimit())
                .costPerImpression(new BigDecimal("9.99")).adTitle("New title")
                .startDate(spec.startDate()).endDate(spec.endDate()).targeting(Targeting.NONE).build();

        Campaign updated = campaigns.update(advertiser.advertiserId(), campaign.campaignId(), patch);

        assertEquals(new BigDecimal("9.99"), updated.spec().costPerImpression());
        assertEquals("New title", updated.spec().adTitle());
    }

    @Test
    void movingTheStartIntoThePastIsRejected() {
        clock.set(2);
        Campaign campaign = campaigns.create(advertiser.advertiserId(), aCampaign().withDates(5, 10).build());

        assertThrows(ValidationException.class, () -> campaigns.update(advertiser.advertiserId(), campaign.campaignId(),
                CampaignPatch.builder().startDate(1).build()));
    }

    @Test
    void aPatchIsValidatedAsAWhole() {
        Campaign campaign = campaigns.create(advertiser.advertiserId(), aCampaign().withLimits(100, 10).build());

        ValidationException e = assertThrows(ValidationException.class, () -> campaigns.update(
                advertiser.advertiserId(), campaign.campaignId(), CampaignPatch.builder().impressionsLimit(5).build()));

        assertEquals("clicks_limit", e.problems().get(0).field());
    }

    @Test
    void anotherAdvertisersCampaignIsNotFound() {
        Campaign campaign = campaigns.create(advertiser.advertiserId(), aCampaign().build());

        assertThrows(NotFoundException.class, () -> campaigns.get(UUID.randomUUID(), campaign.campaignId()));
        assertThrows(NotFoundException.class, () -> campaigns.delete(UUID.randomUUID(), campaign.campaignId()));
    }

    @Test
    void listingNeedsAKnownAdvertiser() {
        assertThrows(NotFoundException.class, () -> campaigns.list(UUID.randomUUID(), new PageRequest(1, 10)));
    }

    @Test
    void aScopedListNeedsAKnownAdvertiserAndSplitsOnTheCurrentDay() {
        assertThrows(NotFoundException.class,
                () -> campaigns.list(UUID.randomUUID(), CampaignScope.ALL, SearchTerm.ANY, new PageRequest(1, 10)));
        Campaign endsOnDay3 = campaigns.create(advertiser.advertiserId(), aCampaign().withTexts("Morning coffee", "text").withDates(0, 3).build());
        clock.set(4);

        assertEquals(0, campaigns.list(advertiser.advertiserId(), CampaignScope.ACTIVE, SearchTerm.ANY, new PageRequest(1, 10)).total());
        assertEquals(List.of(new ListedCampaign(endsOnDay3, false)), campaigns.list(advertiser.advertiserId(), CampaignScope.FINISHED,
                new SearchTerm("COFFEE"), new PageRequest(1, 10)).items());
    }

    @Test
    void everyWriteTellsTheLiveCampaignsToReload() {
        Campaign campaign = campaigns.create(advertiser.advertiserId(), aCampaign().withDates(3, 10).build());
        campaigns.update(advertiser.advertiserId(), campaign.campaignId(), CampaignPatch.NONE);
        campaigns.delete(advertiser.advertiserId(), campaign.campaignId());

        assertEquals(3, live.changes());
    }

    @Test
    void whileModerationIsOnRejectedTextsAreNotStored() {
        moderation.toggle();

        ModerationRejectedException e = assertThrows(ModerationRejectedException.class, () -> campaigns.create(
                advertiser.advertiserId(), aCampaign().withTexts("Great deal", "no scam at all").build()));

        assertEquals(List.of("ad_text"), rejectedFields(e));
        assertEquals(0, campaigns.list(advertiser.advertiserId(), new PageRequest(1, 10)).total());
    }

    @Test
    void whenTitleAndTextAreBothRejectedBothAreNamed() {
        Campaign campaign = campaigns.create(advertiser.advertiserId(), aCampaign().build());
        moderation.toggle();

        ModerationRejectedException onCreate = assertThrows(ModerationRejectedException.class, () -> campaigns.create(
                advertiser.advertiserId(), aCampaign().withTexts("scam offer", "a scam").build()));
        ModerationRejectedException onUpdate = assertThrows(ModerationRejectedException.class, () -> campaigns.update(
                advertiser.advertiserId(), campaign.campaignId(),
                CampaignPatch.builder().adTitle("scam").adText("scam").build()));

        assertEquals(List.of("ad_title", "ad_text"), rejectedFields(onCreate));
        assertEquals(List.of("ad_title", "ad_text"), rejectedFields(onUpdate));
        assertTrue(onCreate.getMessage().contains("ad_title") && onCreate.getMessage().contains("ad_text"), onCreate.getMessage());
    }

    private static List<String> rejectedFields(ModerationRejectedException e) {
        return e.rejections().stream().map(FieldProblem::field).toList();
    }

    @Test
    void whileModerationIsOffEveryTextPasses() {
        Campaign campaign = campaigns.create(advertiser.advertiserId(), aCampaign().withTexts("scam", "scam").build());

        assertEquals("scam", campaign.spec().adTitle());
    }

    @Test
    void deletedCampaignsAreGoneButFromTheListOfAll() {
        Campaign campaign = campaigns.create(advertiser.advertiserId(), aCampaign().build());

        campaigns.delete(advertiser.advertiserId(), campaign.campaignId());

        assertThrows(NotFoundException.class, () -> campaigns.get(advertiser.advertiserId(), campaign.campaignId()));
        assertEquals(0, campaigns.list(advertiser.advertiserId(), new PageRequest(1, 10)).total());
        assertEquals(List.of(new ListedCampaign(campaign, true)),
                campaigns.list(advertiser.advertiserId(), CampaignScope.ALL, SearchTerm.ANY, new PageRequest(1, 10)).items());
    }
}

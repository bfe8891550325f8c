package adengine.bench.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.bench.quality.World.Offer;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The referee catches every answer against the contract and tallies the money exactly. */
class RefereeTest {
    private static final UUID ADVERTISER = UUID.randomUUID();
    private static final Client WOMAN = new Client(UUID.randomUUID(), "ann", 30, "Omsk", Gender.FEMALE);
    private static final Client MAN = new Client(UUID.randomUUID(), "bob", 30, "Omsk", Gender.MALE);
    private static final int FOR_EVERYONE = 0;
    private static final int FOR_WOMEN = 1;

    private final Referee referee = new Referee(world());

    @Test
    void aCampaignShownOutsideItsTargetingIsATargetingError() {
        referee.startDay(0);

        referee.judge(1, OptionalInt.of(FOR_WOMEN));

        assertEquals(1, referee.outcome("x", Outcome.Service.IN_PROCESS).targetingErrors());
    }

    @Test
    void aRepeatWhileAnUnseenCampaignIsEligibleBreaksTheRules() {
        referee.startDay(0);
        assertFalse(referee.judge(0, OptionalInt.of(FOR_EVERYONE)));

        assertTrue(referee.judge(0, OptionalInt.of(FOR_EVERYONE)));

        assertEquals(1, referee.outcome("x", Outcome.Service.IN_PROCESS).violations());
    }

    @Test
    void noAdWhileOneIsEligibleBreaksTheRulesAndNoAdWhenNoneIsDoesNot() {
        referee.startDay(0);
        referee.judge(1, OptionalInt.empty());
        referee.startDay(5);
        referee.judge(1, OptionalInt.empty());

        assertEquals(1, referee.outcome("x", Outcome.Service.IN_PROCESS).violations());
    }

    @Test
    void aClickedCampaignShownAgainBreaksTheRules() {
        referee.startDay(0);
        referee.judge(1, OptionalInt.of(FOR_EVERYONE));
        referee.clicked(1, FOR_EVERYONE);

        referee.judge(1, OptionalInt.of(FOR_EVERYONE));

        assertEquals(1, referee.outcome("x", Outcome.Service.IN_PROCESS).violations());
    }

    @Test
    void everyChargeIsTalliedOnceAtThePriceOfTheMoment() {
        referee.startDay(0);
        referee.judge(0, OptionalInt.of(FOR_EVERYONE));
        referee.apply(new Changes(List.of(new Changes.PriceChange(FOR_EVERYONE, new BigDecimal("2.00"), new BigDecimal("5.00"))), List.of()));
        referee.judge(1, OptionalInt.of(FOR_EVERYONE));
        referee.clicked(1, FOR_EVERYONE);
        referee.clicked(1, FOR_EVERYONE);

        Outcome outcome = referee.outcome("x", Outcome.Service.IN_PROCESS);
        assertEquals(new BigDecimal("8.50"), outcome.profit());
        assertEquals(2, outcome.impressions());
        assertEquals(1, outcome.clicks());
        assertEquals(Map.of(ADVERTISER, new BigDecimal("8.50")), referee.spentByAdvertiser());
        assertEquals((9_000 + 0) / 2.0, outcome.meanScoreOfImpressions(), "the man has no score: it counts 0");
    }

    private static World world() {
        List<Offer> offers = List.of(
                new Offer(FOR_EVERYONE, ADVERTISER, spec(Targeting.NONE)),
                new Offer(FOR_WOMEN, ADVERTISER, spec(new Targeting(TargetGender.FEMALE, null, null, null))));
        return new World("test", List.of(WOMAN, MAN), Map.of(ADVERTISER, "Shop"), offers,
                Map.of(WOMAN.clientId(), Map.of(ADVERTISER, 9_000L)), random -> 1, new double[] {1, 1}, 0, 3, 1, 1, 1);
    }

    private static CampaignSpec spec(Targeting targeting) {
        return new CampaignSpec(10, 5, new BigDecimal("1.50"), new BigDecimal("4"), "Title", "Text", 0, 3, targeting);
    }
}

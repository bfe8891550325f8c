package adengine.core.ads;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTest {
    private static final Client ANNA = new Client(UUID.randomUUID(), "anna", 30, "Kazan", Gender.FEMALE);

    @ParameterizedTest
    @CsvSource({"4, false", "5, true", "7, true", "9, true", "10, false"})
    void runsFromStartToEndInclusive(int day, boolean runs) {
        assertEquals(runs, Eligibility.runsOn(aCampaign().withDates(5, 9).build(), day));
    }

    @Test
    void nullTargetingFieldsDoNotRestrict() {
        assertTrue(Eligibility.targets(Targeting.NONE, ANNA));
    }

    @ParameterizedTest
    @CsvSource({"ALL, true", "FEMALE, true", "MALE, false"})
    void genderAllMatchesEveryone(TargetGender gender, boolean matches) {
        assertEquals(matches, Eligibility.targets(new Targeting(gender, null, null, null), ANNA));
    }

    @ParameterizedTest
    @CsvSource({"30, 30, true", "31, , false", ", 29, false", "18, 30, true", "30, 99, true"})
    void agesAreInclusive(Integer from, Integer to, boolean matches) {
        assertEquals(matches, Eligibility.targets(new Targeting(null, from, to, null), ANNA));
    }

    @ParameterizedTest
    @CsvSource({"Kazan, true", "kazan, false", "'Kazan ', false", "Omsk, false"})
    void locationMatchesExactlyCaseIncluded(String location, boolean matches) {
        assertEquals(matches, Eligibility.targets(new Targeting(null, null, null, location), ANNA));
    }

    @Test
    void clicksMustStayBelowTheClickLimit() {
        CampaignSpec spec = aCampaign().withLimits(100, 3).build();

        assertTrue(Eligibility.hasClickBudget(spec, new Delivery(50, 2)));
        assertFalse(Eligibility.hasClickBudget(spec, new Delivery(50, 3)));
    }

    @ParameterizedTest
    @CsvSource({"10, 9, true", "10, 10, false", "20, 19, true", "20, 20, false", "100, 103, true", "100, 104, false",
        "0, 0, false", "1, 0, true", "1, 1, false"})
    void aNewImpressionKeepsTheCountUnderOnePointZeroFiveTimesTheLimit(int limit, int count, boolean allowed) {
        CampaignSpec spec = aCampaign().withLimits(limit, 0).build();

        assertEquals(allowed, Eligibility.hasImpressionBudget(spec, new Delivery(count, 0)));
    }

    @Test
    void theImpressionRuleHoldsAtTheLargestLimit() {
        CampaignSpec spec = aCampaign().withLimits(Integer.MAX_VALUE, 0).build();

        assertTrue(Eligibility.hasImpressionBudget(spec, new Delivery(Integer.MAX_VALUE - 1, 0)));
    }
}

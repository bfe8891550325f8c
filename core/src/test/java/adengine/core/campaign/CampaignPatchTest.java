package adengine.core.campaign;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CampaignPatchTest {
    private static final CampaignSpec STORED = aCampaign()
            .withLimits(100, 10).withPrices("1.50", "4").withTexts("Coffee", "Fresh coffee").withDates(3, 10)
            .withTargeting(new Targeting(TargetGender.MALE, 18, 40, "Omsk")).build();
    private static final CampaignSpec EDITED = aCampaign()
            .withLimits(200, 20).withPrices("2", "5").withTexts("Tea", "Green tea").withDates(4, 12)
            .withTargeting(new Targeting(TargetGender.FEMALE, 20, 50, "Tomsk")).build();

    @ParameterizedTest
    @EnumSource(CampaignField.class)
    void copyingOneFieldChangesThatFieldAlone(CampaignField field) {
        assertNotEquals(field.valueIn(STORED), field.valueIn(EDITED), "the fixture must differ in every field");

        CampaignSpec patched = CampaignPatch.copying(field, EDITED).applyTo(STORED);

        assertEquals(field.valueIn(EDITED), field.valueIn(patched));
        Arrays.stream(CampaignField.values())
                .filter(other -> other != field && !(field.targeting() && other.targeting()))
                .forEach(other -> assertEquals(other.valueIn(STORED), other.valueIn(patched), other.name()));
    }

    @ParameterizedTest
    @EnumSource(CampaignField.class)
    void onlyLimitsAndDatesAreLockedAfterTheStart(CampaignField field) {
        CampaignSpec patched = CampaignPatch.copying(field, EDITED).applyTo(STORED);

        boolean limitOrDate = field.contractName().endsWith("_limit") || field.contractName().endsWith("_date");
        assertEquals(limitOrDate, field.lockedAfterStart());
        assertEquals(limitOrDate ? List.of(field) : List.of(), CampaignPatch.lockedChanges(STORED, patched));
    }
}

package adengine.core.campaign;

import static adengine.core.testing.CampaignSpecBuilder.aCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import adengine.core.common.FieldProblem;
import adengine.core.common.ValidationException;
import adengine.core.testing.CampaignSpecBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignSpecTest {

    static Stream<Arguments> invalidSpecs() {
        return Stream.of(
                invalid("impressions_limit", b -> b.withLimits(null, 0)),
                invalid("impressions_limit", b -> b.withLimits(-1, 0)),
                invalid("clicks_limit", b -> b.withLimits(10, -1)),
                invalid("clicks_limit", b -> b.withLimits(10, 11)),
                invalid("cost_per_impression", b -> b.withPrices("-0.01", "1")),
                invalid("cost_per_click", b -> b.withPrices("1", null)),
                invalid("cost_per_click", b -> b.withPrices("1", "1000000000.01")),
                invalid("cost_per_click", b -> b.withPrices("1", "0.0000000000001")),
                invalid("cost_per_click", b -> b.withPrices("1", "0E-1000000000")),
                invalid("cost_per_impression", b -> b.withPrices("0E-13", "1")),
                invalid("cost_per_impression", b -> b.withPrices("1.0000000000000", "1")),
                invalid("cost_per_impression", b -> b.withPrices("1E+1000000000", "1")),
                invalid("ad_title", b -> b.withTexts("Coffee \uD800", "text")),
                invalid("ad_text", b -> b.withTexts("title", "\uDC00 alone")),
                invalid("ad_text", b -> b.withTexts("title", "reversed \uDE00\uD83D pair")),
                invalid("ad_title", b -> b.withTexts(" ", "text")),
                invalid("ad_title", b -> b.withTexts("x".repeat(257), "text")),
                invalid("ad_text", b -> b.withTexts("title", "x".repeat(4097))),
                invalid("ad_text", b -> b.withTexts("title", null)),
                invalid("start_date", b -> b.withDates(-1, 5)),
                invalid("end_date", b -> b.withDates(5, 4)),
                invalid("targeting.age_from", b -> b.withTargeting(new Targeting(null, 30, 20, null))));
    }

    private static Arguments invalid(String field, UnaryOperator<CampaignSpecBuilder> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSpecs")
    void eachBrokenRuleNamesItsField(String field, UnaryOperator<CampaignSpecBuilder> change) {
        ValidationException e = assertThrows(ValidationException.class, () -> change.apply(aCampaign()).build());

        assertEquals(field, e.problems().get(0).field(), e.problems().toString());
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new CampaignSpec(null, null, null, null, null, null, null, null, null));

        assertEquals(List.of("impressions_limit", "clicks_limit", "cost_per_impression", "cost_per_click",
                "ad_title", "ad_text", "start_date", "end_date"), e.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void pricesKeepTheirScaleAndLoseTheirExponent() {
        CampaignSpec spec = aCampaign().withPrices("1.50", "1E+2").build();

        assertEquals("1.50", spec.costPerImpression().toPlainString());
        assertEquals("100", spec.costPerClick().toPlainString());
    }

    @Test
    void twelveDecimalsAsWrittenAndWholeSurrogatePairsAreAccepted() {
        CampaignSpec spec = aCampaign().withPrices("1.000000000000", "0E-12").withTexts("Coffee \u2615 \uD83D\uDE00", "text").build();

        assertEquals("1.000000000000", spec.costPerImpression().toPlainString());
        assertEquals("0.000000000000", spec.costPerClick().toPlainString());
        assertEquals("Coffee \u2615 \uD83D\uDE00", spec.adTitle());
    }

    @Test
    void limitsMayBeZeroAndEqual() {
        CampaignSpec spec = aCampaign().withLimits(0, 0).withDates(3, 3).build();

        assertEquals(0, spec.clicksLimit());
        assertEquals(spec.startDate(), spec.endDate());
    }

    @Test
    void noTargetingMeansTargetingWithFourNulls() {
        assertEquals(Targeting.NONE, aCampaign().withTargeting(null).build().targeting());
    }

    @Test
    void aPatchReplacesOnlyWhatItCarries() {
        CampaignSpec spec = aCampaign().withTargeting(new Targeting(TargetGender.MALE, 18, null, "Omsk")).build();

        CampaignSpec patched = CampaignPatch.builder().costPerClick(new BigDecimal("7")).build().applyTo(spec);
        CampaignSpec cleared = CampaignPatch.builder().targeting(Targeting.NONE).build().applyTo(spec);

        assertEquals(new BigDecimal("7"), patched.costPerClick());
        assertEquals(spec.targeting(), patched.targeting());
        assertEquals(spec.adTitle(), patched.adTitle());
        assertEquals(Targeting.NONE, cleared.targeting());
        assertEquals(spec, CampaignPatch.NONE.applyTo(spec));
    }

    @Test
    void lockedChangesNameOnlyLimitsAndDatesThatDiffer() {
        CampaignSpec before = aCampaign().withLimits(100, 10).withDates(1, 5).build();
        CampaignSpec after = aCampaign().withLimits(100, 9).withDates(1, 6).withTexts("other", "text").build();

        assertEquals(List.of(CampaignField.CLICKS_LIMIT, CampaignField.END_DATE), CampaignPatch.lockedChanges(before, after));
        assertEquals(List.of(), CampaignPatch.lockedChanges(before, before));
    }
}

package adengine.bot.campaign;

import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.TargetGender;
import adengine.core.campaign.Targeting;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Campaign field values as the dialog holds them: text as typed and checked, an empty string for
 * a skipped targeting field. The same shape describes an existing campaign when it is edited.
 */
final class Draft {
    static final String SKIPPED = "";

    private final Map<CampaignField, String> values = new EnumMap<>(CampaignField.class);

    static Draft of(CampaignSpec spec) {
        Draft draft = new Draft();
        draft.put(CampaignField.TITLE, spec.adTitle());
        draft.put(CampaignField.TEXT, spec.adText());
        draft.put(CampaignField.START_DATE, String.valueOf(spec.startDate()));
        draft.put(CampaignField.END_DATE, String.valueOf(spec.endDate()));
        draft.put(CampaignField.IMPRESSIONS_LIMIT, String.valueOf(spec.impressionsLimit()));
        draft.put(CampaignField.CLICKS_LIMIT, String.valueOf(spec.clicksLimit()));
        draft.put(CampaignField.COST_PER_IMPRESSION, spec.costPerImpression().toPlainString());
        draft.put(CampaignField.COST_PER_CLICK, spec.costPerClick().toPlainString());
        Targeting targeting = spec.targeting();
        draft.put(CampaignField.GENDER, targeting.gender() == null ? SKIPPED : targeting.gender().name());
        draft.put(CampaignField.AGE_FROM, targeting.ageFrom() == null ? SKIPPED : String.valueOf(targeting.ageFrom()));
        draft.put(CampaignField.AGE_TO, targeting.ageTo() == null ? SKIPPED : String.valueOf(targeting.ageTo()));
        draft.put(CampaignField.LOCATION, targeting.location() == null ? SKIPPED : targeting.location());
        return draft;
    }

    void put(CampaignField field, String value) {
        values.put(field, value);
    }

    Optional<String> get(CampaignField field) {
        return Optional.ofNullable(values.get(field));
    }

    /** A set, non-skipped number, for the checks that compare fields. */
    Optional<Integer> number(CampaignField field) {
        return get(field).filter(value -> !value.isEmpty()).map(Integer::valueOf);
    }

    boolean has(CampaignField field) {
        return values.containsKey(field);
    }

    Map<CampaignField, String> values() {
        return values;
    }

    /** The first field the dialog has not asked yet, in the dialog's order. */
    Optional<CampaignField> nextMissing() {
        for (CampaignField field : CampaignField.values()) {
            if (!has(field)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The campaign this draft describes; the domain validates it once more. */
    CampaignSpec toSpec() {
        return new CampaignSpec(
                number(CampaignField.IMPRESSIONS_LIMIT).orElse(null),
                number(CampaignField.CLICKS_LIMIT).orElse(null),
                decimal(CampaignField.COST_PER_IMPRESSION),
                decimal(CampaignField.COST_PER_CLICK),
                get(CampaignField.TITLE).orElse(null),
                get(CampaignField.TEXT).orElse(null),
                number(CampaignField.START_DATE).orElse(null),
                number(CampaignField.END_DATE).orElse(null),
                targeting());
    }

    Targeting targeting() {
        return new Targeting(
                get(CampaignField.GENDER).filter(value -> !value.isEmpty()).map(TargetGender::valueOf).orElse(null),
                number(CampaignField.AGE_FROM).orElse(null),
                number(CampaignField.AGE_TO).orElse(null),
                get(CampaignField.LOCATION).filter(value -> !value.isEmpty()).orElse(null));
    }

    private BigDecimal decimal(CampaignField field) {
        return get(field).filter(value -> !value.isEmpty()).map(BigDecimal::new).orElse(null);
    }
}

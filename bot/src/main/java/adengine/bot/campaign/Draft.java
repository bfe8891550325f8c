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

    private final Map<DraftField, String> values = new EnumMap<>(DraftField.class);

    /** A stored campaign's values, as the dialog writes them (an unset targeting field skipped). */
    static Draft of(CampaignSpec spec) {
        Draft draft = new Draft();
        for (DraftField field : DraftField.values()) {
            Object value = field.field().valueIn(spec);
            draft.put(field, value == null ? SKIPPED : written(value));
        }
        return draft;
    }

    private static String written(Object value) {
        if (value instanceof BigDecimal price) {
            return price.toPlainString();
        }
        return value instanceof Enum<?> option ? option.name() : value.toString();
    }

    void put(DraftField field, String value) {
        values.put(field, value);
    }

    /** A copy with {@code field} set to {@code value}. */
    Draft with(DraftField field, String value) {
        Draft copy = new Draft();
        copy.values.putAll(values);
        copy.put(field, value);
        return copy;
    }

    Optional<String> get(DraftField field) {
        return Optional.ofNullable(values.get(field));
    }

    /** A set, non-skipped number, for the checks that compare fields. */
    Optional<Integer> number(DraftField field) {
        return get(field).filter(value -> !value.isEmpty()).map(Integer::valueOf);
    }

    boolean has(DraftField field) {
        return values.containsKey(field);
    }

    Map<DraftField, String> values() {
        return values;
    }

    /** The first field the dialog has not asked yet, in the dialog's order. */
    Optional<DraftField> nextMissing() {
        for (DraftField field : DraftField.values()) {
            if (!has(field)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The campaign this draft describes; the domain validates it once more. */
    CampaignSpec toSpec() {
        return new CampaignSpec(
                number(DraftField.IMPRESSIONS_LIMIT).orElse(null),
                number(DraftField.CLICKS_LIMIT).orElse(null),
                decimal(DraftField.COST_PER_IMPRESSION),
                decimal(DraftField.COST_PER_CLICK),
                get(DraftField.TITLE).orElse(null),
                get(DraftField.TEXT).orElse(null),
                number(DraftField.START_DATE).orElse(null),
                number(DraftField.END_DATE).orElse(null),
                targeting());
    }

    Targeting targeting() {
        return new Targeting(
                get(DraftField.GENDER).filter(value -> !value.isEmpty()).map(TargetGender::valueOf).orElse(null),
                number(DraftField.AGE_FROM).orElse(null),
                number(DraftField.AGE_TO).orElse(null),
                get(DraftField.LOCATION).filter(value -> !value.isEmpty()).orElse(null));
    }

    private BigDecimal decimal(DraftField field) {
        return get(field).filter(value -> !value.isEmpty()).map(BigDecimal::new).orElse(null);
    }
}

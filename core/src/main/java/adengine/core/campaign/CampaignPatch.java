package adengine.core.campaign;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A partial update: a null field keeps the stored value. To clear the targeting, pass
 * {@link Targeting#NONE}; a targeting given replaces the whole targeting. Built with
 * {@link #builder()} or, for one field, {@link #copying}.
 */
public record CampaignPatch(
        Integer impressionsLimit,
        Integer clicksLimit,
        BigDecimal costPerImpression,
        BigDecimal costPerClick,
        String adTitle,
        String adText,
        Integer startDate,
        Integer endDate,
        Targeting targeting) {

    public static final CampaignPatch NONE = builder().build();

    public static Builder builder() {
        return new Builder();
    }

    /** A patch that changes only {@code field}, to its value in {@code source} (a targeting field: the whole targeting). */
    public static CampaignPatch copying(CampaignField field, CampaignSpec source) {
        Builder patch = builder();
        switch (field) {
            case AD_TITLE -> patch.adTitle(source.adTitle());
            case AD_TEXT -> patch.adText(source.adText());
            case START_DATE -> patch.startDate(source.startDate());
            case END_DATE -> patch.endDate(source.endDate());
            case IMPRESSIONS_LIMIT -> patch.impressionsLimit(source.impressionsLimit());
            case CLICKS_LIMIT -> patch.clicksLimit(source.clicksLimit());
            case COST_PER_IMPRESSION -> patch.costPerImpression(source.costPerImpression());
            case COST_PER_CLICK -> patch.costPerClick(source.costPerClick());
            case GENDER, AGE_FROM, AGE_TO, LOCATION -> patch.targeting(source.targeting());
        }
        return patch.build();
    }

    /** The spec after this patch, validated as a whole. */
    public CampaignSpec applyTo(CampaignSpec spec) {
        return new CampaignSpec(
                orElse(impressionsLimit, spec.impressionsLimit()),
                orElse(clicksLimit, spec.clicksLimit()),
                orElse(costPerImpression, spec.costPerImpression()),
                orElse(costPerClick, spec.costPerClick()),
                orElse(adTitle, spec.adTitle()),
                orElse(adText, spec.adText()),
                orElse(startDate, spec.startDate()),
                orElse(endDate, spec.endDate()),
                orElse(targeting, spec.targeting()));
    }

    /** The fields locked once a campaign has started whose value differs between the two specs. */
    public static List<CampaignField> lockedChanges(CampaignSpec before, CampaignSpec after) {
        return Arrays.stream(CampaignField.values())
                .filter(field -> field.lockedAfterStart() && !Objects.equals(field.valueIn(before), field.valueIn(after)))
                .toList();
    }

    private static <T> T orElse(T value, T stored) {
        return value != null ? value : stored;
    }

    /** Names what changes; every field left out keeps its stored value. */
    public static final class Builder {
        private Integer impressionsLimit;
        private Integer clicksLimit;
        private BigDecimal costPerImpression;
        private BigDecimal costPerClick;
        private String adTitle;
        private String adText;
        private Integer startDate;
        private Integer endDate;
        private Targeting targeting;

        private Builder() {
        }

        public Builder impressionsLimit(Integer value) {
            impressionsLimit = value;
            return this;
        }

        public Builder clicksLimit(Integer value) {
            clicksLimit = value;
            return this;
        }

        public Builder costPerImpression(BigDecimal value) {
            costPerImpression = value;
            return this;
        }

        public Builder costPerClick(BigDecimal value) {
            costPerClick = value;
            return this;
        }

        public Builder adTitle(String value) {
            adTitle = value;
            return this;
        }

        public Builder adText(String value) {
            adText = value;
            return this;
        }

        public Builder startDate(Integer value) {
            startDate = value;
            return this;
        }

        public Builder endDate(Integer value) {
            endDate = value;
            return this;
        }

        /** The whole targeting; {@link Targeting#NONE} clears it. */
        public Builder targeting(Targeting value) {
            targeting = value;
            return this;
        }

        public CampaignPatch build() {
            return new CampaignPatch(impressionsLimit, clicksLimit, costPerImpression, costPerClick, adTitle, adText,
                    startDate, endDate, targeting);
        }
    }
}

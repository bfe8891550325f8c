package adengine.core.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A partial update: a null field keeps the stored value. To clear the targeting, pass
 * {@link Targeting#NONE}; a targeting given replaces the whole targeting.
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

    public static final CampaignPatch NONE = new CampaignPatch(null, null, null, null, null, null, null, null, null);

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

    /** The fields that may no longer change once a campaign has started, whose value this patch changes. */
    public static List<String> lockedChanges(CampaignSpec before, CampaignSpec after) {
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "impressions_limit", before.impressionsLimit(), after.impressionsLimit());
        addIfChanged(changed, "clicks_limit", before.clicksLimit(), after.clicksLimit());
        addIfChanged(changed, "start_date", before.startDate(), after.startDate());
        addIfChanged(changed, "end_date", before.endDate(), after.endDate());
        return changed;
    }

    private static void addIfChanged(List<String> changed, String field, Integer before, Integer after) {
        if (!before.equals(after)) {
            changed.add(field);
        }
    }

    private static <T> T orElse(T value, T stored) {
        return value != null ? value : stored;
    }
}

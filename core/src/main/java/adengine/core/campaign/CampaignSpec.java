package adengine.core.campaign;

import adengine.core.common.Rule;
import adengine.core.common.ValidationException;
import adengine.core.common.Validator;
import java.math.BigDecimal;

/**
 * Everything an advertiser decides about a campaign; the command to create one and the state an
 * update produces. Rules that need the clock (start not in the past) live in {@link CampaignService}.
 */
public record CampaignSpec(
        Integer impressionsLimit,
        Integer clicksLimit,
        BigDecimal costPerImpression,
        BigDecimal costPerClick,
        String adTitle,
        String adText,
        Integer startDate,
        Integer endDate,
        Targeting targeting) {

    public static final int TITLE_MAX_LENGTH = 256;
    public static final int TEXT_MAX_LENGTH = 4096;

    public CampaignSpec {
        Validator validator = new Validator()
                .range("impressions_limit", impressionsLimit, 0, Integer.MAX_VALUE)
                .range("clicks_limit", clicksLimit, 0, Integer.MAX_VALUE)
                .price("cost_per_impression", costPerImpression)
                .price("cost_per_click", costPerClick)
                .text("ad_title", adTitle, TITLE_MAX_LENGTH)
                .text("ad_text", adText, TEXT_MAX_LENGTH)
                .range("start_date", startDate, 0, Integer.MAX_VALUE)
                .range("end_date", endDate, 0, Integer.MAX_VALUE);
        // a pair is compared once both are given and fine, so that a draft of some fields is checked too
        if (validator.fine("impressions_limit", "clicks_limit")) {
            validator.check(clicksLimit <= impressionsLimit, "clicks_limit", Rule.CLICKS_OVER_IMPRESSIONS);
        }
        if (validator.fine("start_date", "end_date")) {
            validator.check(endDate >= startDate, "end_date", Rule.END_BEFORE_START);
        }
        validator.throwIfInvalid();
        costPerImpression = plain(costPerImpression);
        costPerClick = plain(costPerClick);
        targeting = targeting == null ? Targeting.NONE : targeting;
    }

    /** 1E+2 is stored and echoed as 100; 1.50 keeps its scale. */
    private static BigDecimal plain(BigDecimal price) {
        return price.scale() < 0 ? price.setScale(0) : price;
    }

    /** A campaign may not be created, or moved, to start before {@code today}, the platform's current day. */
    public static void requireStartFrom(int startDate, int today) {
        if (startDate < today) {
            throw new ValidationException("start_date", Rule.START_IN_THE_PAST, today);
        }
    }
}

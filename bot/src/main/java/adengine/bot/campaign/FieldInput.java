package adengine.bot.campaign;

import adengine.core.campaign.CampaignSpec;
import adengine.core.client.Client;
import adengine.core.common.Validator;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads one typed field value and checks it on the spot, against the values entered before, so
 * that the dialog can explain a mistake and ask again instead of failing at the end. The domain
 * records check the whole campaign once more when it is saved.
 */
final class FieldInput {
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}_]");
    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    /** Typed for an optional targeting field: leave it unset. */
    static final String CLEAR = "-";

    private FieldInput() {
    }

    static String read(DraftField field, String typed, Draft draft, int today) {
        String text = typed.strip();
        if (field.targeting() && text.equals(CLEAR)) {
            return Draft.SKIPPED;
        }
        return switch (field) {
            case TITLE -> text(text, CampaignSpec.TITLE_MAX_LENGTH);
            case TEXT -> text(text, CampaignSpec.TEXT_MAX_LENGTH);
            case LOCATION -> text(text, Validator.NAME_MAX_LENGTH);
            case START_DATE -> {
                int start = number(text, 0, Integer.MAX_VALUE);
                require(start >= today, "input.day_in_past", today);
                draft.number(DraftField.END_DATE).ifPresent(end -> require(start <= end, "input.start_after_end", end));
                yield String.valueOf(start);
            }
            case END_DATE -> {
                int end = number(text, 0, Integer.MAX_VALUE);
                int start = draft.number(DraftField.START_DATE).orElse(today);
                require(end >= start, "input.end_before_start", start);
                yield String.valueOf(end);
            }
            case IMPRESSIONS_LIMIT -> {
                int limit = number(text, 1, Integer.MAX_VALUE);
                draft.number(DraftField.CLICKS_LIMIT).ifPresent(clicks -> require(clicks <= limit, "input.below_clicks", clicks));
                yield String.valueOf(limit);
            }
            case CLICKS_LIMIT -> {
                int limit = number(text, 0, Integer.MAX_VALUE);
                draft.number(DraftField.IMPRESSIONS_LIMIT)
                        .ifPresent(impressions -> require(limit <= impressions, "input.above_impressions", impressions));
                yield String.valueOf(limit);
            }
            case COST_PER_IMPRESSION, COST_PER_CLICK -> price(text);
            case AGE_FROM -> {
                int age = number(text, 0, Client.MAX_AGE);
                draft.number(DraftField.AGE_TO).ifPresent(to -> require(age <= to, "input.age_from_above_to", to));
                yield String.valueOf(age);
            }
            case AGE_TO -> {
                int age = number(text, 0, Client.MAX_AGE);
                draft.number(DraftField.AGE_FROM).ifPresent(from -> require(age >= from, "input.age_to_below_from", from));
                yield String.valueOf(age);
            }
            case GENDER -> throw new InvalidInput("input.use_buttons");
        };
    }

    private static String text(String text, int maxLength) {
        require(!text.isEmpty(), "input.empty");
        require(text.length() <= maxLength, "input.too_long", maxLength, text.length());
        require(text.indexOf('\0') < 0, "input.bad_character");
        return text;
    }

    private static int number(String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(wholeNumber(text));
        } catch (NumberFormatException e) {
            throw new InvalidInput("input.not_a_number");
        }
        require(value >= min, "input.too_small", min);
        require(value <= max, "input.too_big", max);
        return value;
    }

    /** Digit groups as either language writes them: 1 000 (any space, no-break ones too), 1,000, 1_000. */
    private static String wholeNumber(String text) {
        String compact = SPACES.matcher(text).replaceAll("");
        return COMMA_GROUPS.matcher(compact).matches() ? compact.replace(",", "") : compact;
    }

    /**
     * Prices take a comma as the decimal separator, as Russian users type them (0,5), unless a
     * point is there too, when commas group digits, as English users type them (1,000.50).
     */
    private static String price(String text) {
        String compact = SPACES.matcher(text).replaceAll("");
        String decimal = compact.indexOf('.') >= 0 ? compact.replace(",", "") : compact.replace(',', '.');
        BigDecimal price;
        try {
            price = new BigDecimal(decimal);
        } catch (NumberFormatException e) {
            throw new InvalidInput("input.not_a_price");
        }
        require(price.signum() >= 0, "input.negative_price");
        require(price.compareTo(Validator.PRICE_MAX) <= 0, "input.too_big", Validator.PRICE_MAX.toPlainString());
        require(price.scale() <= Validator.PRICE_MAX_DECIMALS, "input.too_many_decimals",
                Validator.PRICE_MAX_DECIMALS);
        return price.scale() < 0 ? price.setScale(0).toPlainString() : price.toPlainString();
    }

    private static void require(boolean valid, String textKey, Object... args) {
        if (!valid) {
            throw new InvalidInput(textKey, args);
        }
    }
}

package adengine.bot.campaign;

import adengine.core.campaign.CampaignSpec;
import adengine.core.common.FieldProblem;
import adengine.core.common.Rule;
import adengine.core.common.ValidationException;
import adengine.core.common.Validator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one typed field value and has core check it on the spot, together with the values entered
 * before, so that the dialog can explain a mistake and ask again instead of failing at the end.
 * The bot reads only the form (a number as either language writes it); every rule is core's.
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
        String value = switch (field) {
            case TITLE, TEXT, LOCATION -> text;
            case START_DATE, END_DATE, IMPRESSIONS_LIMIT, CLICKS_LIMIT, AGE_FROM, AGE_TO -> wholeNumber(text);
            case COST_PER_IMPRESSION, COST_PER_CLICK -> price(text);
            case GENDER -> throw new InvalidInput("input.use_buttons");
        };
        check(field, draft.with(field, value), today);
        return value;
    }

    /** Core's rules over the draft with the new value; the fields not asked yet are not missing. */
    private static void check(DraftField field, Draft draft, int today) {
        try {
            if (field == DraftField.START_DATE) {
                CampaignSpec.requireStartFrom(draft.number(field).orElseThrow(), today);
            }
            draft.toSpec();
        } catch (ValidationException invalid) {
            List<FieldProblem> problems = invalid.problems().stream()
                    .filter(problem -> problem.problem() != Rule.REQUIRED || problem.field().endsWith(field.key()))
                    .toList();
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }

    /**
     * Digit groups as either language writes them: 1 000 (any space, no-break ones too), 1,000,
     * 1_000. A number beyond an int is too big for every field; one below it is held at the least
     * int, for core to say the field's lower bound.
     */
    private static String wholeNumber(String text) {
        String compact = SPACES.matcher(text).replaceAll("");
        BigInteger number;
        try {
            number = new BigInteger(COMMA_GROUPS.matcher(compact).matches() ? compact.replace(",", "") : compact);
        } catch (NumberFormatException e) {
            throw new InvalidInput("input.not_a_number");
        }
        if (number.bitLength() < Integer.SIZE) {
            return number.toString();
        }
        if (number.signum() > 0) {
            throw new InvalidInput("input.too_big", Integer.MAX_VALUE);
        }
        return String.valueOf(Integer.MIN_VALUE);
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
        // written out only within core's bounds: 1E+999999999 in full would be a billion digits
        boolean bounded = price.abs().compareTo(Validator.PRICE_MAX) <= 0 && price.scale() <= Validator.PRICE_MAX_DECIMALS;
        return !bounded ? price.toString() : price.scale() < 0 ? price.setScale(0).toPlainString() : price.toPlainString();
    }
}

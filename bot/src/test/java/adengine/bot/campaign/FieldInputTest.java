package adengine.bot.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldInputTest {
    private static final int TODAY = 7;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "START_DATE          | 7          | 7",
        "START_DATE          | ' 9 '      | 9",
        "END_DATE            | 10         | 10",
        "IMPRESSIONS_LIMIT   | 1 000      | 1000",
        "IMPRESSIONS_LIMIT   | 1_000      | 1000",
        "IMPRESSIONS_LIMIT   | 1,000      | 1000",
        "IMPRESSIONS_LIMIT   | 1\u00A0000\u202F000 | 1000000",
        "COST_PER_CLICK      | 1,000.50   | 1000.50",
        "COST_PER_CLICK      | 1 000,50   | 1000.50",
        "CLICKS_LIMIT        | 0          | 0",
        "COST_PER_IMPRESSION | 0,5        | 0.5",
        "COST_PER_CLICK      | 1E+2       | 100",
        "COST_PER_CLICK      | 2.750      | 2.750",
        "AGE_FROM            | 18         | 18",
        "LOCATION            | Казань     | Казань",
        "LOCATION            | -          | ''",
        "AGE_TO              | -          | ''",
        "TITLE               | '  Кофе  ' | Кофе"})
    void acceptedValuesAreNormalised(DraftField field, String typed, String expected) {
        assertEquals(expected, FieldInput.read(field, typed, new Draft(), TODAY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "START_DATE          | 6          | input.day_in_past",
        "START_DATE          | завтра     | input.not_a_number",
        "END_DATE            | -1         | input.too_small",
        "IMPRESSIONS_LIMIT   | 0          | input.too_small",
        "IMPRESSIONS_LIMIT   | 3000000000 | input.not_a_number",
        "IMPRESSIONS_LIMIT   | 1,5        | input.not_a_number",
        "IMPRESSIONS_LIMIT   | 10,00      | input.not_a_number",
        "COST_PER_CLICK      | -1         | input.negative_price",
        "COST_PER_CLICK      | abc        | input.not_a_price",
        "COST_PER_CLICK      | 0.0000000000001 | input.too_many_decimals",
        "COST_PER_CLICK      | 0E-1000000000 | input.too_many_decimals",
        "COST_PER_CLICK      | 1E+1000000000 | input.too_big",
        "COST_PER_CLICK      | 1000000001 | input.too_big",
        "AGE_FROM            | 151        | input.too_big",
        "TITLE               | '   '      | input.empty",
        "GENDER              | женщины    | input.use_buttons"})
    void refusedValuesSayWhy(DraftField field, String typed, String textKey) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> FieldInput.read(field, typed, new Draft(), TODAY));
        assertEquals(textKey, refused.textKey());
    }

    @Test
    void answersAreCheckedAgainstTheOnesGivenBefore() {
        Draft draft = new Draft();
        draft.put(DraftField.START_DATE, "9");
        draft.put(DraftField.IMPRESSIONS_LIMIT, "100");
        draft.put(DraftField.AGE_FROM, "30");

        assertEquals("input.end_before_start", refusal(DraftField.END_DATE, "8", draft));
        assertEquals("input.above_impressions", refusal(DraftField.CLICKS_LIMIT, "101", draft));
        assertEquals("input.age_to_below_from", refusal(DraftField.AGE_TO, "29", draft));
        assertEquals("100", FieldInput.read(DraftField.CLICKS_LIMIT, "100", draft, TODAY));

        draft.put(DraftField.END_DATE, "12");
        draft.put(DraftField.CLICKS_LIMIT, "50");
        assertEquals("input.start_after_end", refusal(DraftField.START_DATE, "13", draft));
        assertEquals("input.below_clicks", refusal(DraftField.IMPRESSIONS_LIMIT, "49", draft));
    }

    @Test
    void aSkippedFieldDoesNotConstrainTheOthers() {
        Draft draft = new Draft();
        draft.put(DraftField.AGE_FROM, Draft.SKIPPED);

        assertEquals("5", FieldInput.read(DraftField.AGE_TO, "5", draft, TODAY));
    }

    @Test
    void aTitleOverTheLimitSaysHowLongItIs() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> FieldInput.read(DraftField.TITLE, "x".repeat(257), new Draft(), TODAY));
        assertEquals("input.too_long", refused.textKey());
        assertEquals(257, refused.args()[1]);
    }

    private static String refusal(DraftField field, String typed, Draft draft) {
        return assertThrows(InvalidInput.class, () -> FieldInput.read(field, typed, draft, TODAY)).textKey();
    }
}

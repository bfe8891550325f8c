package adengine.bot.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import adengine.bot.conversation.Texts;
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
        "IMPRESSIONS_LIMIT   | 0          | 0",
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
        "START_DATE          | 6          | Start day: that day is over: today is day 7",
        "START_DATE          | завтра     | A whole number is needed, e.g. 1000.",
        "END_DATE            | -1         | End day: at least 0",
        "IMPRESSIONS_LIMIT   | 3000000000 | The number must be at most 2147483647.",
        "IMPRESSIONS_LIMIT   | -3000000000 | Impressions limit: at least 0",
        "IMPRESSIONS_LIMIT   | 1,5        | A whole number is needed, e.g. 1000.",
        "IMPRESSIONS_LIMIT   | 10,00      | A whole number is needed, e.g. 1000.",
        "COST_PER_CLICK      | -1         | Price per click: cannot be below zero",
        "COST_PER_CLICK      | abc        | A price is needed as a number, e.g. 1.5.",
        "COST_PER_CLICK      | 0.0000000000001 | Price per click: at most 12 decimal places",
        "COST_PER_CLICK      | 0E-1000000000 | Price per click: at most 12 decimal places",
        "COST_PER_CLICK      | 1E+1000000000 | Price per click: at most 1000000000",
        "COST_PER_CLICK      | 1000000001 | Price per click: at most 1000000000",
        "AGE_FROM            | 151        | Age from: from 0 to 150",
        "TITLE               | '   '      | Title: must not be empty",
        "GENDER              | женщины    | Please choose with a button."})
    void refusedValuesSayWhyInCoresWords(DraftField field, String typed, String explanation) {
        assertEquals(explanation, refusal(field, typed, new Draft()));
    }

    @Test
    void answersAreCheckedAgainstTheOnesGivenBefore() {
        Draft draft = new Draft();
        draft.put(DraftField.START_DATE, "9");
        draft.put(DraftField.IMPRESSIONS_LIMIT, "100");
        draft.put(DraftField.AGE_FROM, "30");

        assertEquals("End day: cannot be before the start day", refusal(DraftField.END_DATE, "8", draft));
        assertEquals("Clicks limit: cannot be above the impressions limit", refusal(DraftField.CLICKS_LIMIT, "101", draft));
        assertEquals("Age from: cannot be above the upper age", refusal(DraftField.AGE_TO, "29", draft));
        assertEquals("100", FieldInput.read(DraftField.CLICKS_LIMIT, "100", draft, TODAY));

        draft.put(DraftField.END_DATE, "12");
        draft.put(DraftField.CLICKS_LIMIT, "50");
        assertEquals("End day: cannot be before the start day", refusal(DraftField.START_DATE, "13", draft));
        assertEquals("Clicks limit: cannot be above the impressions limit", refusal(DraftField.IMPRESSIONS_LIMIT, "49", draft));
    }

    @Test
    void aSkippedFieldDoesNotConstrainTheOthers() {
        Draft draft = new Draft();
        draft.put(DraftField.AGE_FROM, Draft.SKIPPED);

        assertEquals("5", FieldInput.read(DraftField.AGE_TO, "5", draft, TODAY));
    }

    @Test
    void aStartedCampaignsPastStartDoesNotBlockItsOtherFields() {
        Draft draft = new Draft();
        draft.put(DraftField.START_DATE, "2");
        draft.put(DraftField.END_DATE, "20");

        assertEquals("Кофе", FieldInput.read(DraftField.TITLE, "Кофе", draft, TODAY));
    }

    @Test
    void russianUsersReadTheSameRulesInRussian() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> FieldInput.read(DraftField.TITLE, "x".repeat(257), new Draft(), TODAY));
        assertEquals("Заголовок: не длиннее 256 символов", refused.explain(Texts.forLanguage("ru")));
    }

    private static String refusal(DraftField field, String typed, Draft draft) {
        return assertThrows(InvalidInput.class, () -> FieldInput.read(field, typed, draft, TODAY))
                .explain(Texts.forLanguage("en"));
    }
}

package adengine.core.textgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextGenerationServiceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  Fresh coffee.  '|Fresh coffee.",
        "'\"Fresh coffee.\"'|Fresh coffee.",
        "'«Свежий кофе»'|Свежий кофе",
        "'“  Fresh\n\n coffee ”'|Fresh coffee",
        "'He said \"hi\" today'|He said \"hi\" today"})
    void answersAreStrippedOfQuotesAndExtraSpace(String raw, String clean) {
        assertEquals(clean, TextGenerationService.clean(raw));
    }

    @Test
    void aLongAnswerIsCutAtAWordWithinTheLimit() {
        String text = TextGenerationService.clean("coffee ".repeat(200));

        assertTrue(text.length() <= TextGenerationService.MAX_LENGTH);
        assertTrue(text.endsWith("coffee…"), text);
    }

    @Test
    void aTitleAndANameOrIdAreRequired() {
        assertThrows(ValidationException.class, () -> new GenerateAdText(null, "Shop", null));
        assertThrows(ValidationException.class, () -> new GenerateAdText("Coffee", null, null));
        assertThrows(ValidationException.class, () -> new GenerateAdText("Coffee", " ", null));
    }
}

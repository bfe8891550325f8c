package adengine.core.moderation.wordlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {
    @ParameterizedTest
    @CsvSource({
        "ЁЖИК Йод, ежик иод",
        "ＦＵＣＫ, fuck",
        "fück, fuck",
        "ℍⒺⓁⓁⓄ, hello",
        "fu\u200Bck, fuck",
        "Скидка 20%!, скидка 20%!"})
    void lowerCasesAndDropsAccentsAndInvisibleCharacters(String text, String normalised) {
        assertEquals(normalised, TextNormaliser.normalise(text));
    }
}

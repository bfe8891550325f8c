package adengine.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ButtonTest {
    @Test
    void aLongNameIsCutSoThatItsSuffixStaysWhole() {
        String label = Button.label("Я".repeat(100), " · 1a2b3c4d");

        assertEquals(Button.LABEL_MAX, label.length());
        assertTrue(label.endsWith("… · 1a2b3c4d"), label);
        assertEquals("Short · 12", Button.label("Short", " · 12"));
    }

    @Test
    void aCutNeverSplitsACharacterWrittenAsTwoChars() {
        String label = Button.label("x".repeat(Button.LABEL_MAX - 3) + "☕🍵🍵🍵");

        assertFalse(Character.isHighSurrogate(label.charAt(label.length() - 2)), label);
        assertTrue(label.endsWith("…"), label);
    }
}

package adengine.core.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModerationVerdictTest {
    @Test
    void aVerdictHasAReasonExactlyWhenItRejects() {
        assertNull(ModerationVerdict.allow().reason());
        assertEquals("spam", ModerationVerdict.reject("spam").reason());
        assertThrows(IllegalArgumentException.class, () -> new ModerationVerdict(true, "fine"));
        assertThrows(IllegalArgumentException.class, () -> new ModerationVerdict(false, null));
    }
}

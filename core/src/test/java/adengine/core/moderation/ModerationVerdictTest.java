package adengine.core.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.common.Rule;
import org.junit.jupiter.api.Test;

class ModerationVerdictTest {
    @Test
    void aRejectionHasARuleAndAnAllowedTextNone() {
        assertTrue(ModerationVerdict.allow().allowed());
        assertNull(ModerationVerdict.allow().reason());
        ModerationVerdict rejected = ModerationVerdict.reject(Rule.OBSCENE_WORD, "б***");
        assertFalse(rejected.allowed());
        assertEquals("contains an obscene word (б***)", rejected.reason().english(rejected.args()));
        assertThrows(IllegalArgumentException.class, () -> ModerationVerdict.reject(null));
    }
}

package adengine.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackTest {
    private static final UUID ID = UUID.fromString("8f1c1f0e-6a57-4d1e-9a0b-0c0ffee00001");

    @Test
    void dataWithArgumentsReadsBack() {
        Callback callback = Callback.parse(Action.EDIT_FIELD.data(ID, "TITLE")).orElseThrow();

        assertEquals(Action.EDIT_FIELD, callback.action());
        assertEquals(ID, callback.id(0));
        assertEquals("TITLE", callback.arg(1));
    }

    @Test
    void backMainKeepsItsWellKnownData() {
        assertEquals("back_main", Action.BACK_MAIN.data());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "zz", "back_main_", "CL", ":c"})
    void unknownCodesAreNotCallbacks(String data) {
        assertEquals(Optional.empty(), Callback.parse(data));
    }

    @Test
    void craftedArgumentsAreMalformedNotCrashes() {
        Callback callback = Callback.parse("c:not-a-uuid:x").orElseThrow();

        assertThrows(Callback.MalformedCallbackException.class, () -> callback.id(0));
        assertThrows(Callback.MalformedCallbackException.class, () -> callback.number(1));
        assertThrows(Callback.MalformedCallbackException.class, () -> callback.arg(5));
        assertThrows(Callback.MalformedCallbackException.class, () -> callback.option(1, State.class));
        assertThrows(Callback.MalformedCallbackException.class, () -> callback.flag(1));
    }

    @Test
    void aFlagReadsBackAsItWasSet() {
        assertEquals(true, Callback.parse(Action.MODERATION_SET.data(true)).orElseThrow().flag(0));
        assertEquals(false, Callback.parse(Action.MODERATION_SET.data(false)).orElseThrow().flag(0));
    }

    @Test
    void codesAreUniqueAndTheLongestButtonFitsTelegramsLimit() {
        List<String> codes = Arrays.stream(Action.values()).map(Action::data).toList();
        assertEquals(codes.size(), codes.stream().distinct().count(), codes.toString());
        for (Action action : EnumSet.complementOf(EnumSet.of(Action.BACK_MAIN))) {
            // the most any button carries: a campaign id and the longest field name
            String longest = action.data(ID, "COST_PER_IMPRESSION");
            assertTrue(longest.length() <= Button.MAX_DATA_BYTES, longest);
        }
    }

    @Test
    void aButtonOverSixtyFourBytesIsRefusedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new Button("x", "я".repeat(33)));
        assertEquals(64, new Button("x", "я".repeat(32)).data().getBytes(StandardCharsets.UTF_8).length);
    }
}

package adengine.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionTest {
    @Test
    void aRememberedTextIsRecalledByAShortKeyThatTheSameTextAlwaysGets() {
        Session session = Session.fresh();
        String search = "Кофейня «Зерно» ☕ 50% " + "x".repeat(200);

        String key = session.remember(search);

        assertEquals(8, key.length());
        assertFalse(key.contains(":"), key);
        assertEquals(key, Session.fresh().remember(search));
        assertNotEquals(key, session.remember("другое"));
        assertEquals(Optional.of(search), session.recall(key));
        assertEquals(Optional.empty(), session.recall("unknown1"));
    }

    @Test
    void rememberedTextsOutliveDialogsAndOnlyTheLastOnesAreKept() {
        Session session = Session.fresh();
        String first = session.remember("first");
        String again = session.remember("again");
        session.state(State.WAITING_FOR_SEARCH);
        session.dialog(new ListSearch.Searching("cl"));
        session.reset();
        session.remember("again");
        for (int i = 0; i < Session.REMEMBERED - 1; i++) {
            session.remember("search " + i);
        }

        assertEquals(Optional.empty(), session.recall(first), "the oldest is forgotten first");
        assertEquals(Optional.of("again"), session.recall(again), "remembering again makes a text the newest");
        assertFalse(session.isEmpty(), "remembered texts keep the session");
    }

    @Test
    void rememberedTextsAreStoredWithTheSession() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Session session = Session.fresh();
        String key = session.remember("поиск");

        Session stored = json.readValue(json.writeValueAsString(session), Session.class);
        Session older = json.readValue("{\"state\":\"IDLE\",\"values\":{}}", Session.class);
        Session olderInADialog = json.readValue("{\"state\":\"WAITING_FOR_AD_TEXT\",\"values\":{\"draft.TITLE\":\"x\"}}",
                Session.class);

        assertEquals(Optional.of("поиск"), stored.recall(key));
        assertTrue(older.isEmpty());
        assertTrue(olderInADialog.isEmpty(), "a dialog of loose values from an older release starts over");
    }

    @Test
    void aDialogIsStoredAsItsOwnRecordAndReadBackOnlyAsThatType() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Session session = Session.fresh();
        session.state(State.WAITING_FOR_SEARCH);
        session.dialog(new ListSearch.Searching("cl:active"));

        Session stored = json.readValue(json.writeValueAsString(session), Session.class);

        assertEquals(State.WAITING_FOR_SEARCH, stored.state());
        assertEquals(Optional.of(new ListSearch.Searching("cl:active")), stored.dialog(ListSearch.Searching.class));
        assertEquals(Optional.empty(), stored.dialog(OtherDialog.class));
    }

    @Test
    void aStoredClassThatIsNoDialogIsRefused() {
        ObjectMapper json = new ObjectMapper();
        String crafted = "{\"state\":\"WAITING_FOR_SEARCH\",\"dialog\":{\"@class\":\"java.util.ArrayList\"}}";

        assertThrows(Exception.class, () -> json.readValue(crafted, Session.class));
    }

    record OtherDialog(String value) implements Dialog {
    }
}

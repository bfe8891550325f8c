package adengine.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownTest {
    private static final Screen SCREEN = Screen.of("<b>Tom &amp; Jerry</b> &lt;3").row(Action.NOOP.button("1/2")).build();

    @Test
    void aMessageLooksLikeTheScreenWhoseTextTelegramShowsAndWhoseButtonsItCarries() {
        assertTrue(new Shown(7, "Tom & Jerry <3", List.of(List.of(new Button("1/2", "noop")))).looksLike(SCREEN));
    }

    @Test
    void anotherTextOrButtonIsAChange() {
        assertFalse(new Shown(7, "Tom & Jerry", List.of(List.of(new Button("1/2", "noop")))).looksLike(SCREEN));
        assertFalse(new Shown(7, "Tom & Jerry <3", List.of(List.of(new Button("2/2", "noop")))).looksLike(SCREEN));
        assertFalse(new Shown(7, "Tom & Jerry <3", List.of()).looksLike(SCREEN));
    }

    @Test
    void afterAnEditTheMessageLooksLikeTheNewScreen() {
        assertTrue(new Shown(7, "old", List.of()).showing(SCREEN).looksLike(SCREEN));
    }
}

package adengine.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownTest {
    private static final Screen SCREEN = Screen.of("<b>Tom &amp; Jerry</b> &lt;3").row(Action.NOOP.button("1/2")).build();
    private static final Screen CHART = Screen.of("Tom &amp; Jerry").picture(new byte[] {1}, "chart.png").build();
    private static final List<List<Button>> PAGE = List.of(List.of(new Button("1/2", "noop")));

    @Test
    void aMessageLooksLikeTheScreenWhoseTextTelegramShowsAndWhoseButtonsItCarries() {
        assertTrue(new Shown(7, "Tom & Jerry <3", PAGE, false).looksLike(SCREEN));
    }

    @Test
    void anotherTextOrButtonIsAChange() {
        assertFalse(new Shown(7, "Tom & Jerry", PAGE, false).looksLike(SCREEN));
        assertFalse(new Shown(7, "Tom & Jerry <3", List.of(List.of(new Button("2/2", "noop"))), false).looksLike(SCREEN));
        assertFalse(new Shown(7, "Tom & Jerry <3", List.of(), false).looksLike(SCREEN));
    }

    @Test
    void afterAnEditTheMessageLooksLikeTheNewScreen() {
        assertTrue(new Shown(7, "old", List.of(), false).showing(SCREEN).looksLike(SCREEN));
    }

    @Test
    void aPictureIsNeverTakenForTheOneShownWhoseBytesAreUnknown() {
        assertFalse(new Shown(7, "Tom & Jerry", List.of(), true).looksLike(CHART));
        assertFalse(new Shown(7, "Tom & Jerry <3", PAGE, true).looksLike(SCREEN), "a caption is not a text message");
    }

    @Test
    void aTextMayBecomeAPictureAndAPictureAnotherButNoEditTakesAPictureAway() {
        assertTrue(new Shown(7, "menu", List.of(), false).canShow(CHART));
        assertTrue(new Shown(7, "chart", List.of(), true).canShow(CHART));
        assertTrue(new Shown(7, "menu", List.of(), false).canShow(SCREEN));
        assertFalse(new Shown(7, "chart", List.of(), true).canShow(SCREEN));
        assertFalse(new Shown(7, "menu", List.of(), false).showing(CHART).canShow(SCREEN));
    }
}

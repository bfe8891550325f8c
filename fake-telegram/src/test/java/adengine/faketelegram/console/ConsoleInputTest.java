package adengine.faketelegram.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.faketelegram.FakeTelegram;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleInputTest {

    @Test
    void aLineIsAMessageAndANumberAloneAPress() {
        assertEquals(new ConsoleInput.Message("/start"), ConsoleInput.parse("/start"));
        assertEquals(new ConsoleInput.Message("Fresh coffee, 2 cups"), ConsoleInput.parse("  Fresh coffee, 2 cups "));
        assertEquals(new ConsoleInput.Press(3), ConsoleInput.parse("3"));
        assertEquals(new ConsoleInput.Press(3), ConsoleInput.parse(":press 3"));
    }

    @Test
    void sendSendsNumbersAndColonsAsText() {
        assertEquals(new ConsoleInput.Message("1000"), ConsoleInput.parse(":send 1000"));
        assertEquals(new ConsoleInput.Message(":)"), ConsoleInput.parse(":send :)"));
    }

    @Test
    void filesUsersHelpAndQuit() {
        assertEquals(new ConsoleInput.Photo(Path.of("banner.png")), ConsoleInput.parse(":photo banner.png"));
        assertEquals(new ConsoleInput.Document(Path.of("my report.csv")), ConsoleInput.parse(":file my report.csv"));
        assertEquals(new ConsoleInput.SwitchUser(1002, "ru"), ConsoleInput.parse(":user 1002 ru"));
        assertEquals(new ConsoleInput.SwitchUser(1002, null), ConsoleInput.parse(":user 1002"));
        assertEquals(new ConsoleInput.Help(), ConsoleInput.parse(":help"));
        assertEquals(new ConsoleInput.Quit(), ConsoleInput.parse(":quit"));
    }

    @Test
    void whatCannotBeDoneIsExplained() {
        assertInvalid(":send", ":send needs a text");
        assertInvalid(":press two", ":press needs a button number");
        assertInvalid("0", "No button 0 (:send 0 sends it as a message)");
        assertInvalid("1000", "No button 1000 (:send 1000 sends it as a message)");
        assertInvalid(":photo", ":photo needs a file");
        assertInvalid(":user bob", ":user needs a user id");
        assertInvalid(":user 1002 русский", ":user needs a user id");
        assertInvalid(":)", "No command :) (:help lists them; :send :) sends it as a message)");
    }

    @Test
    void optionsHaveDefaultsAndRefuseWhatTheyCannotUse() {
        assertEquals(new ConsoleMain.Options(8081, FakeTelegram.DEFAULT_TOKEN, Path.of("fake-telegram-files")),
                ConsoleMain.Options.parse());
        assertEquals(new ConsoleMain.Options(9000, "1:abc", Path.of("out")),
                ConsoleMain.Options.parse("--port", "9000", "--token", "1:abc", "--files", "out"));
        assertThrows(IllegalArgumentException.class, () -> ConsoleMain.Options.parse("--port", "70000"));
        assertThrows(IllegalArgumentException.class, () -> ConsoleMain.Options.parse("--port"));
        assertThrows(IllegalArgumentException.class, () -> ConsoleMain.Options.parse("--colour", "red"));
    }

    private static void assertInvalid(String line, String reason) {
        ConsoleInput input = ConsoleInput.parse(line);
        assertTrue(input instanceof ConsoleInput.Invalid invalid && invalid.reason().startsWith(reason), line + " → " + input);
    }
}

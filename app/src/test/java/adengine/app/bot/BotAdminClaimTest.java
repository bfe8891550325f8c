package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.bot.testing.FakeChat;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With no admin configured, the one-time code the program logs makes its sender the admin, once. */
class BotAdminClaimTest {
    @RegisterExtension
    static final BotTestServer server = new BotTestServer(Set.of());

    @Test
    void theClaimCodeMakesTheFirstSenderAdminAndThenStopsWorking() {
        String code = server.application().access().adminClaimCode().orElseThrow();
        FakeChat first = server.stranger("ru");
        FakeChat second = server.stranger("ru");

        second.send("/start wrong-code");
        second.awaitScreen(screen -> screen.contains("Приглашение недействительно"));
        first.send("/start " + code);
        first.awaitScreen(screen -> screen.contains("Вы стали администратором") && screen.hasButtonLabeled("🛡 Модерация"));
        second.send("/start " + code);
        second.awaitScreen(screen -> screen.contains("Приглашение недействительно"));

        assertTrue(server.application().access().isAdmin(first.userId()));
        assertFalse(server.application().access().isAdmin(second.userId()));
        assertTrue(server.application().access().adminClaimCode().isEmpty());
        server.telegram().assertNoRejectedCalls();
    }

    @Test
    void aRateLimitIsWaitedOutAndTheAnswerStillArrives() {
        FakeChat chat = server.stranger("en");
        server.telegram().rateLimitNext(1, 1);

        chat.send("/help");

        chat.awaitScreen(screen -> screen.contains("This bot works by invitation"), Duration.ofSeconds(10));
        assertTrue(server.telegram().requestCount("sendMessage") >= 2, "the refused send was tried again");
    }
}

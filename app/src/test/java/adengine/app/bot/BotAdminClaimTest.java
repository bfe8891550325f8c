package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.faketelegram.FakeChat;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * With no admin configured, the one-time code kept in the data folder (never in the log) makes its
 * sender the admin, once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BotAdminClaimTest {
    @RegisterExtension
    static final BotTestServer server = new BotTestServer(Set.of());

    @Test
    @Order(1)
    void theClaimCodeWaitsOwnerOnlyInTheDataFolderTheSameAfterARestartAndNoStartLogsIt() throws IOException {
        String code = server.application().access().adminClaimCode().orElseThrow();
        Path file = server.dataDirectory().resolve("bot-admin-claim-code").toAbsolutePath();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        // the tests log warnings only; the pointer to the code is an INFO line
        root.setLevel(Level.INFO);
        try {
            server.restart();
        } finally {
            root.setLevel(level);
            root.detachAppender(log);
        }

        assertEquals(code, Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(Optional.of(code), server.application().access().adminClaimCode(), "a restart keeps the code");
        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(lines.stream().anyMatch(line -> line.contains(file.toString())), "the start says where the code is: " + lines);
        assertTrue(lines.stream().noneMatch(line -> line.contains(code)), "the code itself is never logged");
    }

    @Test
    @Order(2)
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
        assertFalse(Files.exists(server.dataDirectory().resolve("bot-admin-claim-code")), "a used code is removed");
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

package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.Application;
import adengine.app.testing.TestServer;
import adengine.bot.BotConfig;
import adengine.faketelegram.FakeChat;
import adengine.faketelegram.FakeTelegram;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A Bot API server that refuses the bot when the program starts (a fake Telegram console started
 * after the server, say): the program serves on, and the bot tries again until it polls.
 */
class BotReconnectTest {

    @Test
    void theBotPollsABotApiThatRefusedItsFirstAttempt() throws IOException {
        int port = freePort();
        Application application;
        try (FakeTelegram refusing = FakeTelegram.start("7000000002:AnotherBotsToken", port)) {
            application = Application.start(TestServer.config(null).withBot(new BotConfig(FakeTelegram.DEFAULT_TOKEN,
                    URI.create("http://127.0.0.1:" + port), BotConfig.NOTICE_PERIOD), Set.of()));
            awaitFirstAttempt(refusing);
        }
        try (application; FakeTelegram telegram = FakeTelegram.start(FakeTelegram.DEFAULT_TOKEN, port)) {
            assertTrue(telegram.awaitPolling(Duration.ofSeconds(30)), "the bot tried again, and polls");
            FakeChat chat = telegram.chat(700_001, "en");
            chat.send("/start");
            chat.awaitMessage(message -> message.contains("AdEngine"));
            telegram.assertNoRejectedCalls();
        }
    }

    /** The bot's first call, refused (401: another bot's server), ends its first attempt to connect. */
    private static void awaitFirstAttempt(FakeTelegram refusing) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (refusing.rejectedCalls().isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the bot never called the Bot API");
            }
            BotTestServer.sleep(20);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

package adengine.app.bot;

import adengine.faketelegram.FakeChat;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In the zero-config setup (the program's own embedded Redis), a dialog answered moments before
 * the program stops, or before its Redis dies, continues after the start that follows.
 */
class BotRestartTest {
    @RegisterExtension
    static final BotTestServer server = BotTestServer.withOwnRedis();


    @Test
    void aRestartRightAfterAnAnswerKeepsTheDialog() {
        FakeChat chat = inTheSecondStep("Булочная");

        server.restart();

        continuesTheDialog(chat);
    }

    @Test
    void aRedisKilledASecondAndAHalfAfterAnAnswerKeepsTheDialog() throws Exception {
        FakeChat chat = inTheSecondStep("Кондитерская");
        Thread.sleep(1_500);

        killEmbeddedRedis();
        server.restart();

        continuesTheDialog(chat);
    }

    private static FakeChat inTheSecondStep(String advertiser) {
        FakeChat chat = server.boundAdvertiser(advertiser, "ru").chat();
        CreationDialog.open(chat);
        chat.send("Круассаны к завтраку");
        chat.awaitScreen(screen -> screen.contains("шаг 2 из 12"));
        return chat;
    }

    private static void continuesTheDialog(FakeChat chat) {
        chat.send("Тёплые круассаны каждое утро");
        chat.awaitScreen(screen -> screen.contains("шаг 3 из 12"));
        chat.send("/cancel");
        chat.awaitScreen(screen -> screen.contains("Диалог прерван"));
    }

    /** As SIGKILL would: no save, no clean stop. */
    private static void killEmbeddedRedis() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        long pid = Long.parseLong(Files.readString(server.dataDirectory().resolve("redis").resolve("redis.pid")).strip());
        ProcessHandle redis = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("the embedded Redis is not running"));
        redis.destroyForcibly();
        redis.onExit().get(10, TimeUnit.SECONDS);
    }
}

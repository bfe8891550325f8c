package adengine.faketelegram.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.faketelegram.FakeTelegram;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script piped into the console against a bot that answers over the fake's HTTP API, read back as printed. */
class ConsoleTest {

    @Test
    void aScriptChatsWithTheBotAndReadsItsAnswersAsText(@TempDir Path dir) throws Exception {
        Path picture = dir.resolve("picture.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        Path notes = Files.writeString(dir.resolve("my notes.txt"), "coffee");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path files = dir.resolve("files");
        String script = String.join("\n", "/start", "2", ":press 3", "4", ":photo " + picture, ":photo " + dir.resolve("none.png"),
                ":file " + notes, ":file " + empty, "", ":bogus", ":help", ":user 1002 ru", "hello", ":quit", "never sent");

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (FakeTelegram telegram = FakeTelegram.start(); ScriptedBot bot = ScriptedBot.start(telegram)) {
            assertTrue(telegram.awaitPolling(Duration.ofSeconds(10)), "the bot polls, as the console waits for it to");
            ChatPrinter printer = new ChatPrinter(telegram, new PrintStream(output, true, StandardCharsets.UTF_8), files, true);
            new Console(telegram, printer, 1001, "en").run(new BufferedReader(new StringReader(script)));
            telegram.assertNoRejectedCalls();
        }

        assertEquals("""
                user: /start

                bot #2:
                  *Menu*
                  Pick <one>
                  [1 A] [2 B]
                  [3 Docs ↗ https://example.com/docs]
                user pressed [B] (b)

                bot edited #2:
                  You chose _b_
                  [1 A] [2 B]
                  [3 Docs ↗ https://example.com/docs]
                bot notification: Done
                [Docs] opens https://example.com/docs
                No button 4: message #2 has 3 (:send 4 sends it as a message)
                user: [photo %d bytes]

                bot #4, a photo saved as %s:
                  *Nice* picture
                Cannot read the file: java.nio.file.NoSuchFileException: %s
                user: [document my notes.txt, 6 bytes]

                bot #6, a document saved as %s:
                  Filed
                Telegram refuses it: Bad Request: file must be non-empty
                No command :bogus (:help lists them; :send :bogus sends it as a message)
                %s
                The bot's menu:
                  /start — Main menu
                You are user 1002 (ru) now
                user: hello

                bot #2:
                  You said: hello
                """.formatted(Files.size(picture), files.resolve("1001-4.png"), dir.resolve("none.png"),
                files.resolve("1001-6-my_notes.txt"), ConsoleInput.HELP), output.toString(StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(picture), Files.readAllBytes(files.resolve("1001-4.png")));
        assertEquals("coffee", Files.readString(files.resolve("1001-6-my_notes.txt")));
    }
}

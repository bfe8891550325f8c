package adengine.faketelegram.console;

import adengine.faketelegram.FakeTelegram;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The fake Telegram Bot API on a fixed port with a console in front of it: a person chats with a
 * bot that runs against it, with no token from Telegram.
 */
public final class ConsoleMain {

    private static final String USAGE = "usage: java -jar adengine-fake-telegram.jar [--port 8081] "
            + "[--token <bot id>:<secret>] [--files fake-telegram-files]";
    private static final long USER = 1001;
    private static final String LANGUAGE = "en";

    /** The command line's options, with their defaults. */
    record Options(int port, String token, Path files) {

        static Options parse(String... args) {
            Options options = new Options(8081, FakeTelegram.DEFAULT_TOKEN, Path.of("fake-telegram-files"));
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--port" -> options = new Options(port(value), options.token, options.files);
                    case "--token" -> options = new Options(options.port, value, options.files);
                    case "--files" -> options = new Options(options.port, options.token, Path.of(value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return options;
        }

        private static int port(String value) {
            if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > 65_535) {
                throw new IllegalArgumentException("--port takes a port number, not " + value);
            }
            return Integer.parseInt(value);
        }
    }

    private ConsoleMain() {
    }

    public static void main(String[] args) throws IOException {
        Options options;
        FakeTelegram telegram;
        try {
            options = Options.parse(args);
            telegram = FakeTelegram.start(options.token(), options.port());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        } catch (UncheckedIOException e) {
            System.err.println("Cannot listen there: " + e.getCause().getMessage() + " (--port picks another port)");
            System.exit(1);
            return;
        }
        try (telegram) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            out.println("Fake Telegram Bot API on " + telegram.baseUrl() + ". Start the server against it, e.g.:");
            out.println("  TELEGRAM_BOT_TOKEN=" + telegram.token() + " TELEGRAM_API_URL=" + telegram.baseUrl()
                    + " BOT_ADMIN_IDS=" + USER + " java -jar app/target/adengine.jar");
            out.println("You are user " + USER + " (" + LANGUAGE + ") in a private chat with @" + FakeTelegram.BOT_USERNAME
                    + "; what you type is read once the bot polls.");
            // a script piped in waits for the bot too, however long the server takes to start
            while (!telegram.awaitPolling(Duration.ofMinutes(1))) {
                out.println("Still no bot polling " + telegram.baseUrl() + " (Ctrl-C stops)");
            }
            out.println("The bot is polling: type /start, :help lists the commands.");
            // without a terminal the input is a script: print what it does, which nothing else shows
            ChatPrinter printer = new ChatPrinter(telegram, out, options.files(), System.console() == null);
            new Console(telegram, printer, USER, LANGUAGE)
                    .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
    }
}

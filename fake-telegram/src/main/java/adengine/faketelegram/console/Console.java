package adengine.faketelegram.console;

import adengine.faketelegram.BotMessage;
import adengine.faketelegram.Button;
import adengine.faketelegram.FakeChat;
import adengine.faketelegram.FakeTelegram;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A person at a terminal acting as a Telegram user in a private chat with the bot: each line is done
 * in the chat, and the next is read once the bot has answered, so that a script piped in presses
 * the buttons of the answer to its previous line. A watcher thread prints what the bot does between
 * lines, such as a notification of its own.
 */
final class Console {

    /** How long the next line waits for the bot to react at all; a slower answer is printed when it comes. */
    private static final Duration REACTION_WAIT = Duration.ofSeconds(10);
    /** The bot is done answering when it adds nothing for this long (a chart may follow its text). */
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final Duration WATCH_PERIOD = Duration.ofSeconds(1);

    private final FakeTelegram telegram;
    private final ChatPrinter printer;
    private FakeChat chat;

    Console(FakeTelegram telegram, ChatPrinter printer, long userId, String languageCode) {
        this.telegram = telegram;
        this.printer = printer;
        this.chat = telegram.chat(userId, languageCode);
        printer.follow(chat);
    }

    /** Reads lines until the input ends or {@code :quit}; returns once everything the bot did is printed. */
    void run(BufferedReader input) throws IOException {
        Thread watcher = new Thread(this::watch, "console-watcher");
        watcher.setDaemon(true);
        watcher.start();
        try {
            for (String line = input.readLine(); line != null; line = input.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                ConsoleInput command = ConsoleInput.parse(line);
                if (command instanceof ConsoleInput.Quit) {
                    break;
                }
                perform(command);
            }
        } finally {
            watcher.interrupt();
            try {
                watcher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            printer.printNewSteps();
        }
    }

    private void perform(ConsoleInput command) {
        try {
            if (act(command)) {
                awaitAnswer();
            }
        } catch (IOException e) {
            printer.note("Cannot read the file: " + e);
        }
    }

    /** Does what the line says; true when the user did something in the chat that the bot may answer. */
    private boolean act(ConsoleInput command) throws IOException {
        if (command instanceof ConsoleInput.Message message) {
            chat.send(message.text());
        } else if (command instanceof ConsoleInput.Press press) {
            return press(press.button());
        } else if (command instanceof ConsoleInput.Photo photo) {
            byte[] bytes = Files.readAllBytes(photo.file());
            return sent(() -> chat.sendPhoto(bytes));
        } else if (command instanceof ConsoleInput.Document document) {
            byte[] bytes = Files.readAllBytes(document.file());
            String type = Files.probeContentType(document.file());
            return sent(() -> chat.sendDocument(bytes, document.file().getFileName().toString(), type));
        } else if (command instanceof ConsoleInput.SwitchUser user) {
            switchUser(user);
            return false;
        } else if (command instanceof ConsoleInput.Help) {
            printer.note(ConsoleInput.HELP + menu());
            return false;
        } else if (command instanceof ConsoleInput.Invalid invalid) {
            printer.note(invalid.reason());
            return false;
        }
        return true;
    }

    /** Presses a button of the newest message that has buttons, counting along the rows as they are printed. */
    private boolean press(int number) {
        List<BotMessage> messages = chat.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            BotMessage message = messages.get(i);
            List<Button> buttons = message.buttons().stream().flatMap(List::stream).collect(Collectors.toList());
            if (message.deleted() || buttons.isEmpty()) {
                continue;
            }
            if (number > buttons.size()) {
                printer.note("No button " + number + ": message #" + message.messageId() + " has " + buttons.size()
                        + " (:send " + number + " sends it as a message)");
                return false;
            }
            Button button = buttons.get(number - 1);
            if (button.callbackData() == null) {
                printer.note("[" + button.text() + "] " + (button.url() != null ? "opens " + button.url() : "does nothing here"));
                return false;
            }
            chat.pressRaw(message.messageId(), button.callbackData());
            return true;
        }
        printer.note("No message of the bot has buttons");
        return false;
    }

    /** The fake refuses, in Telegram's words, a file that Telegram would refuse: empty, or a photo that does not decode. */
    private boolean sent(Runnable upload) {
        try {
            upload.run();
            return true;
        } catch (RuntimeException refused) {
            printer.note("Telegram refuses it: " + refused.getMessage());
            return false;
        }
    }

    private void switchUser(ConsoleInput.SwitchUser user) {
        String language = user.languageCode() != null ? user.languageCode() : chat.languageCode();
        printer.printNewSteps();
        chat = telegram.chat(user.userId(), language);
        chat.changeLanguage(language);
        printer.follow(chat);
        printer.note("You are user " + chat.userId() + " (" + language + ") now");
    }

    private String menu() {
        List<FakeTelegram.Command> commands = telegram.commands(chat.languageCode());
        if (commands.isEmpty()) {
            commands = telegram.commands();
        }
        if (commands.isEmpty()) {
            return "";
        }
        return "\nThe bot's menu:" + commands.stream().map(c -> "\n  /" + c.command() + " — " + c.description())
                .collect(Collectors.joining());
    }

    /** Waits until the bot has reacted to the user's action and then added nothing for a moment, and prints it all. */
    private void awaitAnswer() {
        if (!chat.awaitReaction(REACTION_WAIT)) {
            printer.printNewSteps();
            printer.note("No answer from the bot within " + REACTION_WAIT.toSeconds() + " s (is the server running with "
                    + "TELEGRAM_API_URL=" + telegram.baseUrl() + "?); it is printed when it comes");
            return;
        }
        int steps = chat.transcript().size();
        int more;
        while ((more = chat.awaitStepsBeyond(steps, QUIET)) > steps) {
            steps = more;
        }
        printer.printNewSteps();
    }

    /** Prints what the bot does while the console waits for a line. */
    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            printer.chat().awaitStepsBeyond(printer.printedSteps(), WATCH_PERIOD);
            printer.printNewSteps();
        }
    }
}

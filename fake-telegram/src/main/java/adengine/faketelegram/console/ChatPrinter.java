package adengine.faketelegram.console;

import adengine.faketelegram.BotMessage;
import adengine.faketelegram.Button;
import adengine.faketelegram.FakeChat;
import adengine.faketelegram.FakeTelegram;
import adengine.faketelegram.RejectedCall;
import adengine.faketelegram.Transcript;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shows the chat being followed as text: each bot message with its buttons numbered below it, its
 * edits and notifications, and the calls Telegram would refuse; photos and documents the bot sends
 * are saved to a folder and their path shown. Both the console and its watcher print through it,
 * so what they print never interleaves and every step is printed once.
 */
final class ChatPrinter {

    private final FakeTelegram telegram;
    private final PrintStream out;
    private final Path files;
    private final boolean showUserSteps;
    // guarded by this
    private FakeChat chat;
    private int printedSteps;
    private int printedRefusals;

    /**
     * {@code showUserSteps}: print what the user did too, for input that a terminal does not show
     * (a script piped in).
     */
    ChatPrinter(FakeTelegram telegram, PrintStream out, Path files, boolean showUserSteps) {
        this.telegram = telegram;
        this.out = out;
        this.files = files;
        this.showUserSteps = showUserSteps;
    }

    /** Follows this chat from now on; what happened there before is not printed. */
    synchronized void follow(FakeChat chat) {
        this.chat = chat;
        this.printedSteps = chat.transcript().size();
    }

    synchronized FakeChat chat() {
        return chat;
    }

    synchronized int printedSteps() {
        return printedSteps;
    }

    /** Prints the steps of the followed chat and the refused calls that are not printed yet. */
    synchronized void printNewSteps() {
        List<Transcript.Entry> steps = chat.transcript().entries();
        steps.subList(printedSteps, steps.size()).forEach(this::print);
        printedSteps = steps.size();
        List<RejectedCall> refused = telegram.rejectedCalls();
        refused.subList(printedRefusals, refused.size()).forEach(call -> out.println("! Telegram would refuse " + call));
        printedRefusals = refused.size();
    }

    /** A line of the console's own. */
    synchronized void note(String text) {
        out.println(text);
    }

    private void print(Transcript.Entry step) {
        if (step instanceof Transcript.BotSent sent) {
            message("bot #" + sent.message().messageId() + saveMedia(sent.message()), sent.message());
        } else if (step instanceof Transcript.BotEdited edited) {
            // an edit may put a new picture in the message (the statistics chart): saved like a sent one
            message("bot edited #" + edited.message().messageId() + saveMedia(edited.message()), edited.message());
        } else if (step instanceof Transcript.BotAnswered || step instanceof Transcript.BotDeleted || showUserSteps) {
            out.println(step.describe());
        }
    }

    private void message(String header, BotMessage message) {
        out.println();
        out.println(header + ":");
        message.emphasizedText().lines().map(line -> line.isEmpty() ? line : "  " + line).forEach(out::println);
        int number = 0;
        for (List<Button> row : message.buttons()) {
            StringBuilder line = new StringBuilder(" ");
            for (Button button : row) {
                line.append(" [").append(++number).append(' ').append(button.text());
                if (button.url() != null) {
                    line.append(" ↗ ").append(button.url());
                }
                line.append(']');
            }
            out.println(line);
        }
    }

    /** Saves a photo or document of this message; says where, or nothing for a text. */
    private String saveMedia(BotMessage message) {
        String name = chat.chatId() + "-" + message.messageId();
        if (message.hasPhoto()) {
            byte[] photo = message.photo();
            boolean png = photo.length > 1 && photo[0] == (byte) 0x89 && photo[1] == 'P';
            return save("a photo", name + (png ? ".png" : ".jpg"), photo);
        }
        if (message.hasDocument()) {
            return save("a document", name + "-" + message.documentName().replaceAll("[^\\w.-]", "_"), message.document());
        }
        return "";
    }

    private String save(String what, String fileName, byte[] bytes) {
        Path file = files.resolve(fileName);
        try {
            Files.createDirectories(files);
            Files.write(file, bytes);
            return ", " + what + " saved as " + file;
        } catch (IOException e) {
            return ", " + what + " that could not be saved as " + file + " (" + e + ")";
        }
    }
}

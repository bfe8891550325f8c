package adengine.faketelegram.console;

import java.nio.file.Path;

/** One line the person typed: what the user does in the chat, or a command of the console. */
sealed interface ConsoleInput {

    String HELP = """
            A line is a message to the bot (/start, an answer, ...). Besides:
              N                 presses button N of the newest message that has buttons
              :press N          the same
              :send TEXT        sends TEXT as it is, even a number or a text that starts with ':'
              :photo FILE       sends a PNG or JPEG file as a photo
              :file FILE        sends a file as a document
              :user ID [LANG]   continues as another user (a private chat of their own), in language LANG
              :help             this list
              :quit             stops the fake Telegram (so does the end of the input)""";

    record Message(String text) implements ConsoleInput {
    }

    record Press(int button) implements ConsoleInput {
    }

    record Photo(Path file) implements ConsoleInput {
    }

    record Document(Path file) implements ConsoleInput {
    }

    /** Another user, or the same one in another language; a null language keeps the user's. */
    record SwitchUser(long userId, String languageCode) implements ConsoleInput {
    }

    record Help() implements ConsoleInput {
    }

    record Quit() implements ConsoleInput {
    }

    /** A line that asks for nothing the console can do: the reason is shown instead. */
    record Invalid(String reason) implements ConsoleInput {
    }

    static ConsoleInput parse(String line) {
        String text = line.strip();
        if (text.matches("\\d+")) {
            return press(text);
        }
        if (!text.startsWith(":")) {
            return new Message(text);
        }
        String[] words = text.substring(1).split("\\s+", 2);
        String argument = words.length > 1 ? words[1] : "";
        switch (words[0]) {
            case "send": return argument.isEmpty() ? new Invalid(":send needs a text, e.g. :send 1000") : new Message(argument);
            case "press": return argument.matches("\\d+") ? press(argument) : new Invalid(":press needs a button number, e.g. :press 2");
            case "photo": return argument.isEmpty() ? new Invalid(":photo needs a file, e.g. :photo banner.png") : new Photo(Path.of(argument));
            case "file": return argument.isEmpty() ? new Invalid(":file needs a file, e.g. :file banner.png") : new Document(Path.of(argument));
            case "user": return user(argument);
            case "help": return new Help();
            case "quit": return new Quit();
            default: return new Invalid("No command :" + words[0] + " (:help lists them; :send " + text + " sends it as a message)");
        }
    }

    private static ConsoleInput press(String number) {
        int button = number.length() > 3 ? 0 : Integer.parseInt(number);
        return button == 0 ? new Invalid("No button " + number + " (:send " + number + " sends it as a message)") : new Press(button);
    }

    private static ConsoleInput user(String argument) {
        String[] words = argument.split("\\s+");
        if (words.length > 2 || !words[0].matches("[1-9]\\d{0,14}")
                || words.length == 2 && !words[1].matches("[a-zA-Z]{2,3}(-[a-zA-Z]+)?")) {
            return new Invalid(":user needs a user id, and a language if you like, e.g. :user 1002 ru");
        }
        return new SwitchUser(Long.parseLong(words[0]), words.length == 2 ? words[1] : null);
    }
}

package adengine.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A pressed button's data, parsed. Data may be crafted by a client, so every argument is checked
 * here ({@link MalformedCallbackException}) and every id against the user's rights by the flows.
 */
public record Callback(Action action, List<String> args) {
    public static Optional<Callback> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        List<String> parts = List.of(data.split(String.valueOf(Action.SEPARATOR), -1));
        return Action.byCode(parts.get(0)).map(action -> new Callback(action, parts.subList(1, parts.size())));
    }

    /** The data this callback was read from. */
    public String data() {
        return action.data(args.toArray());
    }

    public String arg(int index) {
        if (index >= args.size()) {
            throw new MalformedCallbackException();
        }
        return args.get(index);
    }

    public UUID id(int index) {
        try {
            return UUID.fromString(arg(index));
        } catch (IllegalArgumentException e) {
            throw new MalformedCallbackException();
        }
    }

    public int number(int index) {
        try {
            return Integer.parseInt(arg(index));
        } catch (NumberFormatException e) {
            throw new MalformedCallbackException();
        }
    }

    /** {@code true} or {@code false}, spelt exactly so. */
    public boolean flag(int index) {
        return switch (arg(index)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new MalformedCallbackException();
        };
    }

    public <E extends Enum<E>> E option(int index, Class<E> type) {
        try {
            return Enum.valueOf(type, arg(index));
        } catch (IllegalArgumentException e) {
            throw new MalformedCallbackException();
        }
    }

    /** A button whose data does not fit what the bot sends: outdated or crafted. */
    public static final class MalformedCallbackException extends RuntimeException {
        public MalformedCallbackException() {
            super("malformed callback data");
        }
    }
}

package adengine.bot.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * How the buttons of a list ask for one of its pages: the action, the arguments before the page
 * number (whose list: an advertiser), those after it (how it is narrowed: a scope), and last the
 * key of its search when there is one.
 */
public record ListAddress(Action action, List<Object> before, List<Object> after) {
    public ListAddress {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public static ListAddress of(Action action, Object... before) {
        return new ListAddress(action, List.of(before), List.of());
    }

    public ListAddress followedBy(Object... narrowing) {
        return new ListAddress(action, before, List.of(narrowing));
    }

    /** The callback data of page {@code page}, narrowed to the search remembered under {@code searchKey} unless it is empty. */
    public String data(int page, String searchKey) {
        List<Object> args = new ArrayList<>(before);
        args.add(page);
        args.addAll(after);
        if (!searchKey.isEmpty()) {
            args.add(searchKey);
        }
        return action.data(args.toArray());
    }

    public Button button(String label, int page, String searchKey) {
        return new Button(label, data(page, searchKey));
    }
}

package adengine.bot.conversation;

import adengine.core.common.Page;
import java.util.Arrays;
import java.util.List;

/** Lists of buttons, one item per row, with a page counter and arrows when they span pages. */
public final class Lists {
    public static final int PAGE_SIZE = 8;

    private Lists() {
    }

    /** The pages needed for {@code total} items, at least one. */
    private static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /**
     * Adds the items and, for more than one page, a row «◀ page/pages ▶» whose arrows call
     * {@code pageAction} with {@code pagePrefix} followed by the page number; the counter does nothing.
     */
    public static <T> Screen.Builder paged(Screen.Builder screen, Page<T> page, int pageNumber, List<Button> items,
            Action pageAction, Object... pagePrefix) {
        items.forEach(screen::row);
        int pages = pages(page.total());
        if (pages > 1) {
            screen.row(
                    pageAction.button("◀", args(pagePrefix, pageNumber > 1 ? pageNumber - 1 : pages)),
                    Action.NOOP.button(pageNumber + "/" + pages),
                    pageAction.button("▶", args(pagePrefix, pageNumber < pages ? pageNumber + 1 : 1)));
        }
        return screen;
    }

    private static Object[] args(Object[] prefix, int page) {
        Object[] args = Arrays.copyOf(prefix, prefix.length + 1);
        args[prefix.length] = page;
        return args;
    }
}

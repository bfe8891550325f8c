package adengine.bot.conversation;

import adengine.core.common.Page;
import java.util.List;

/**
 * Lists of buttons, one item per row, with a page counter and arrows when they span pages, and on
 * the lists that may grow long a search by a part of the name.
 */
public final class Lists {
    public static final int PAGE_SIZE = 8;

    private Lists() {
    }

    /** The pages needed for {@code total} items, at least one. */
    private static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The list's title, followed, while a search narrows it, by the search and whether it found anything. */
    public static String heading(Turn turn, String title, ListPage view, long found) {
        if (!view.searching()) {
            return title;
        }
        String search = Html.escape(view.search().text());
        return title + "\n" + turn.t(found == 0 ? "search.nothing" : "search.shown", search);
    }

    /**
     * Adds the items and, for more than one page, a row «◀ page/pages ▶» whose arrows keep the
     * search; the counter does nothing. A searchable list that spans pages, or is searched, gets
     * «🔎 Search» (which asks for the text, {@link ListSearch}) and, while searched, «Whole list».
     */
    public static Screen.Builder paged(Turn turn, Screen.Builder screen, Page<?> page, ListPage view, List<Button> items,
            ListAddress address) {
        items.forEach(screen::row);
        int pages = pages(page.total());
        int current = view.number();
        if (pages > 1) {
            screen.row(
                    address.button("◀", current > 1 ? current - 1 : pages, view.searchKey()),
                    Action.NOOP.button(current + "/" + pages),
                    address.button("▶", current < pages ? current + 1 : 1, view.searchKey()));
        }
        if (address.action().searchable() && (pages > 1 || view.searching())) {
            Button search = Action.SEARCH.button(turn.t("button.search"), address.data(1, ""));
            if (view.searching()) {
                screen.row(search, address.button(turn.t("button.whole_list"), 1, ""));
            } else {
                screen.row(search);
            }
        }
        return screen;
    }
}

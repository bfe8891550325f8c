package adengine.bot.conversation;

import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;

/**
 * Which page of a list a button asks for, and the search that narrows the list. A search is typed
 * text, up to 256 characters, so buttons carry the key the session remembers it under
 * ({@link Session#remember}), as the last of their arguments.
 */
public record ListPage(int number, String searchKey, SearchTerm search) {
    public ListPage {
        number = Math.max(1, number);
    }

    /** A page of the whole list. */
    public static ListPage of(int number) {
        return new ListPage(number, "", SearchTerm.ANY);
    }

    /** The first page of the list narrowed to {@code text}, remembered in the session for the buttons of its pages. */
    public static ListPage searching(Session session, String text) {
        return new ListPage(1, session.remember(text), new SearchTerm(text));
    }

    /**
     * The page in argument {@code pageIndex} of a pressed button (the first when absent: a section's
     * entry button) and the search whose key is in argument {@code keyIndex}, if any. A key the
     * session no longer holds makes the button outdated.
     */
    public static ListPage read(Callback callback, int pageIndex, int keyIndex, Session session) {
        int number = callback.args().size() > pageIndex ? callback.number(pageIndex) : 1;
        if (callback.args().size() <= keyIndex || callback.arg(keyIndex).isEmpty()) {
            return of(number);
        }
        String key = callback.arg(keyIndex);
        String text = session.recall(key).orElseThrow(Callback.MalformedCallbackException::new);
        return new ListPage(number, key, new SearchTerm(text));
    }

    public boolean searching() {
        return !search.isAny();
    }

    public PageRequest request() {
        return new PageRequest(number, Lists.PAGE_SIZE);
    }
}

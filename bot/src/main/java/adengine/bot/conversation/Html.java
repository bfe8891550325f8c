package adengine.bot.conversation;

/** Makes user-provided text safe inside the HTML that Telegram parses. */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The text Telegram shows for {@code html}: tags dropped, the entities it reads turned back into characters. */
    static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** At most {@code max} characters of {@code text}, escaped, with an ellipsis when cut. */
    public static String clip(String text, int max) {
        String cut = text.length() <= max ? text : text.substring(0, max - 1) + "…";
        return escape(cut);
    }
}

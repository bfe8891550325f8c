package adengine.faketelegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Telegram's HTML parse mode: the text a user sees (tags stripped, entities unescaped) and the
 * formatting, so that lengths are counted and edits compared the way Telegram does; and the same
 * text with its emphasis written out in marks, for a screen that shows text only; and where its
 * pre blocks are, which Telegram shows in a monospaced font.
 */
record HtmlText(String plain, List<String> formatting, String emphasized, List<BotMessage.Span> preformatted) {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike",
            "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");
    /** How emphasis reads in plain text; the other tags (a pre block among them) leave no mark. */
    private static final Map<String, String> MARKS = Map.of("b", "*", "strong", "*", "i", "_", "em", "_", "code", "`");

    static HtmlText of(String text, String parseMode) {
        if (parseMode == null || parseMode.isEmpty()) {
            return new HtmlText(text, List.of(), text, List.of());
        }
        if (!parseMode.equalsIgnoreCase("HTML")) {
            // MarkdownV2 is not modelled: a bot of this project speaks HTML
            throw BotApiException.badRequest("unsupported parse_mode " + parseMode + " in the fake");
        }
        return parse(text);
    }

    private static HtmlText parse(String html) {
        StringBuilder plain = new StringBuilder();
        StringBuilder emphasized = new StringBuilder();
        List<String> formatting = new ArrayList<>();
        List<BotMessage.Span> preformatted = new ArrayList<>();
        List<String> open = new ArrayList<>();
        int preStart = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tagEnd(html, i);
                String inside = html.substring(i + 1, end).trim();
                boolean closing = inside.startsWith("/");
                String name = (closing ? inside.substring(1) : inside).split("[\\s=]", 2)[0].toLowerCase();
                if (closing) {
                    if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
                        throw entities("Unmatched end tag at byte offset " + byteOffset(html, i)
                                + ", expected \"</" + (open.isEmpty() ? "" : open.get(open.size() - 1))
                                + ">\", found \"</" + name + ">\"");
                    }
                    open.remove(open.size() - 1);
                    if (name.equals("pre")) {
                        preformatted.add(new BotMessage.Span(preStart, plain.length()));
                    }
                } else {
                    if (!TAGS.contains(name)) {
                        throw entities("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(html, i));
                    }
                    open.add(name);
                    if (name.equals("pre")) {
                        preStart = plain.length();
                    }
                }
                formatting.add(plain.length() + ":" + inside);
                emphasized.append(MARKS.getOrDefault(name, ""));
                i = end + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String decoded = semi < 0 ? null : entity(html.substring(i + 1, semi));
                String shown = decoded == null ? String.valueOf(c) : decoded;
                plain.append(shown);
                emphasized.append(shown);
                i = decoded == null ? i + 1 : semi + 1;
            } else {
                plain.append(c);
                emphasized.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw entities("Can't find end tag corresponding to start tag \"" + open.get(open.size() - 1) + "\"");
        }
        return new HtmlText(plain.toString(), List.copyOf(formatting), emphasized.toString(), List.copyOf(preformatted));
    }

    private static int tagEnd(String html, int start) {
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        throw entities("Can't find end of the entity starting at byte offset " + byteOffset(html, start));
    }

    /** The named entities Telegram knows, and every numeric one; anything else stays literal text. */
    private static String entity(String name) {
        switch (name) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            default:
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        return Character.toString(Integer.parseInt(name.substring(2), 16));
                    }
                    if (name.startsWith("#")) {
                        return Character.toString(Integer.parseInt(name.substring(1)));
                    }
                } catch (IllegalArgumentException notAnEntity) {
                    return null;
                }
                return null;
        }
    }

    private static int byteOffset(String text, int index) {
        return text.substring(0, index).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static BotApiException entities(String detail) {
        return BotApiException.badRequest("can't parse entities: " + detail);
    }

    int length() {
        return plain.codePointCount(0, plain.length());
    }
}

package adengine.bot.conversation;

import java.util.ArrayList;
import java.util.List;

/** What the bot shows: an HTML text and inline buttons, row by row, and a picture (or null) that the text is then the caption of. */
public record Screen(String html, List<List<Button>> rows, Picture picture) {
    /** Telegram's limit for a message text, after entities are parsed. */
    public static final int MAX_TEXT = 4096;

    public Screen {
        if (html.isBlank()) {
            throw new IllegalArgumentException("a screen needs a text");
        }
        rows = rows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    }

    /** A PNG or JPEG and the file name it is uploaded under. */
    public record Picture(byte[] image, String fileName) {
    }

    public static Builder of(String html) {
        return new Builder(html);
    }

    public static final class Builder {
        private final String html;
        private final List<List<Button>> rows = new ArrayList<>();
        private Picture picture;

        private Builder(String html) {
            this.html = html;
        }

        public Builder row(Button... buttons) {
            rows.add(List.of(buttons));
            return this;
        }

        /** Lays the buttons out {@code perRow} to a row. */
        public Builder grid(List<Button> buttons, int perRow) {
            for (int i = 0; i < buttons.size(); i += perRow) {
                rows.add(buttons.subList(i, Math.min(i + perRow, buttons.size())));
            }
            return this;
        }

        public Builder picture(byte[] image, String fileName) {
            picture = new Picture(image, fileName);
            return this;
        }

        public Screen build() {
            return new Screen(html, rows, picture);
        }
    }
}

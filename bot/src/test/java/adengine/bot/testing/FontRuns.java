package adengine.bot.testing;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text in one font whose code points that font cannot display (the bot's emoji, in DejaVu Sans)
 * are drawn in an installed font that can: Symbola (Debian's fonts-symbola) first, then any
 * family that has the glyph. Measuring goes through the same runs as drawing, so wrapping,
 * clipping and centering agree with what is drawn. Without such a font those code points stay
 * in the main font and show as its empty boxes.
 */
final class FontRuns {

    /** The families tried first, in order: monochrome emoji and symbol fonts that Java2D draws. */
    private static final List<String> PREFERRED = List.of("Symbola", "Noto Emoji", "Noto Sans Symbols 2",
            "Noto Sans Symbols", "DejaVu Sans");
    /** Color bitmap fonts: Java2D reports their glyphs as displayable but draws nothing. */
    private static final List<String> UNDRAWABLE = List.of("Noto Color Emoji");
    private static final List<String> FALLBACKS = fallbackFamilies();
    private static final Map<Integer, Optional<String>> FAMILY_OF = new ConcurrentHashMap<>();
    /** Symbola's pictograms are about as tall as a lower-case letter; Telegram's emoji stand as tall as capitals. */
    private static final float FALLBACK_SCALE = 1.2f;

    private final Font font;
    private final Map<String, Font> fallbacks = new HashMap<>();

    FontRuns(Font font) {
        this.font = font;
    }

    Font font() {
        return font;
    }

    /** A stretch of text drawn in one font. */
    record Run(String text, Font font) {
    }

    /** The text split where the font changes; variation selectors and joiners are left out, as they draw as boxes. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Font pendingFont = font;
        for (int codePoint : text.codePoints().toArray()) {
            if (invisible(codePoint)) {
                continue;
            }
            Font next = fontFor(codePoint);
            if (next != pendingFont && !pending.isEmpty()) {
                runs.add(new Run(pending.toString(), pendingFont));
                pending.setLength(0);
            }
            pendingFont = next;
            pending.appendCodePoint(codePoint);
        }
        if (!pending.isEmpty()) {
            runs.add(new Run(pending.toString(), pendingFont));
        }
        return runs;
    }

    /** The width the text takes when drawn, rounded up to whole pixels. */
    int width(Graphics2D g, String text) {
        float width = 0;
        for (Run run : runs(text)) {
            width += advance(g, run);
        }
        return (int) Math.ceil(width);
    }

    void draw(Graphics2D g, String text, float x, float baseline) {
        for (Run run : runs(text)) {
            g.setFont(run.font());
            g.drawString(run.text(), x, baseline);
            x += advance(g, run);
        }
    }

    /** The text cut to fit the width, an ellipsis marking the cut. */
    String clip(Graphics2D g, String text, int maxWidth) {
        if (width(g, text) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(g, cut + "…") > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }

    /**
     * Lines of at most the width: broken between words, and inside a word longer than a line; every
     * space kept, as the columns of a table need them.
     */
    List<String> wrap(Graphics2D g, String text, int maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            String[] words = paragraph.split(" ", -1);
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                String candidate = i == 0 ? word : line + " " + word;
                if (width(g, candidate) <= maxWidth) {
                    line.replace(0, line.length(), candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                for (int codePoint : word.codePoints().toArray()) {
                    if (!line.isEmpty() && width(g, line + Character.toString(codePoint)) > maxWidth) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.appendCodePoint(codePoint);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float advance(Graphics2D g, Run run) {
        return (float) run.font().getStringBounds(run.text(), g.getFontRenderContext()).getWidth();
    }

    private Font fontFor(int codePoint) {
        if (font.canDisplay(codePoint)) {
            return font;
        }
        return familyOf(codePoint)
                .map(family -> fallbacks.computeIfAbsent(family, this::fallback))
                .orElse(font);
    }

    /** Never bold: emboldening the fine lines of a pictogram, which no such font has a bold face of, blurs it. */
    private Font fallback(String family) {
        return new Font(family, Font.PLAIN, 1).deriveFont(font.getSize2D() * FALLBACK_SCALE);
    }

    private static boolean invisible(int codePoint) {
        return codePoint == 0x200D || codePoint >= 0xFE00 && codePoint <= 0xFE0F;
    }

    private static Optional<String> familyOf(int codePoint) {
        return FAMILY_OF.computeIfAbsent(codePoint, c -> FALLBACKS.stream()
                .filter(family -> new Font(family, Font.PLAIN, 12).canDisplay(c)).findFirst());
    }

    /** Every installed family but the undrawable ones, the preferred first. */
    private static List<String> fallbackFamilies() {
        List<String> families = new ArrayList<>(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        families.removeAll(UNDRAWABLE);
        families.sort(Comparator.comparingInt(family -> {
            int rank = PREFERRED.indexOf(family);
            return rank < 0 ? PREFERRED.size() : rank;
        }));
        return families;
    }
}

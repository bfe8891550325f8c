package adengine.bot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Holds on any machine: with an emoji font installed or without one, when emoji fall back to boxes. */
class FontRunsTest {
    private static final String CARD = "▶️ Идёт · 📊 Показы: 120 из 1000 · 👨‍👩‍👧 семья";

    private final Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    private final FontRuns runs = new FontRuns(new Font(ConversationRenderer.fontFamily(), Font.PLAIN, 14));

    @AfterEach
    void dispose() {
        g.dispose();
    }

    @Test
    void eachRunIsInTheMainFontOrInOneThatDisplaysIt() {
        List<FontRuns.Run> split = runs.runs(CARD);
        for (FontRuns.Run run : split) {
            assertTrue(run.font().equals(runs.font()) || run.font().canDisplayUpTo(run.text()) == -1, run.toString());
        }
        assertTrue(split.stream().filter(run -> run.text().contains("Идёт")).allMatch(run -> run.font().equals(runs.font())),
                "Cyrillic stays in the main font");
    }

    @Test
    void variationSelectorsAndJoinersAreNotDrawn() {
        String drawn = runs.runs(CARD).stream().map(FontRuns.Run::text).collect(Collectors.joining());
        assertEquals(CARD.replace("\uFE0F", "").replace("\u200D", ""), drawn);
    }

    @Test
    void theWidthIsTheSumOfTheRunsAndClippedOrWrappedTextFits() {
        int whole = runs.width(g, CARD);
        assertTrue(whole > runs.width(g, "Идёт"), "measured through every run");
        String clipped = runs.clip(g, CARD, whole / 2);
        assertTrue(clipped.endsWith("…") && runs.width(g, clipped) <= whole / 2, clipped);
        List<String> lines = runs.wrap(g, CARD + "\n" + "📊".repeat(40), 120);
        assertTrue(lines.size() > 3 && lines.stream().allMatch(line -> runs.width(g, line) <= 120), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> !line.isEmpty() && Character.isLowSurrogate(line.charAt(0))),
                "no emoji cut in half: " + lines);
    }

    @Test
    void aTablesSpacesAreKept() {
        assertEquals(List.of(" День  Показы", "    0      86"), runs.wrap(g, " День  Показы\n    0      86", 400));
    }
}

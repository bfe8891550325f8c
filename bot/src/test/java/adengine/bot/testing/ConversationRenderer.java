package adengine.bot.testing;

import adengine.faketelegram.BotMessage;
import adengine.faketelegram.Button;
import adengine.faketelegram.Transcript;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Transcript} as a Telegram-like chat (Java2D only): the user's bubbles on the right,
 * the bot's on the left with their inline keyboards, photos inline, and a banner saying the picture
 * comes from a test. The emoji of the bot's texts are drawn in an emoji font when one is installed
 * ({@link FontRuns}).
 */
public final class ConversationRenderer {

    public static final String BANNER = "Rendered from an end-to-end test conversation";

    private static final int WIDTH = 480;
    private static final int SCALE = 2;
    private static final int MARGIN = 12;
    private static final int PAD = 9;
    private static final int MAX_BUBBLE = (int) (WIDTH * 0.84);
    /** Photos fill the bubble's width, as Telegram's do, up to this height. */
    private static final int MAX_IMAGE_HEIGHT = 420;
    private static final Color BACKGROUND = new Color(0xDCE6EE);
    private static final Color HEADER = new Color(0x517DA2);
    private static final Color USER_BUBBLE = new Color(0xEFFDDE);
    private static final Color BOT_BUBBLE = Color.WHITE;
    private static final Color KEY = new Color(0x6A8CA8);
    private static final Color NOTE = new Color(0x6D7F8F);
    private static final Color TEXT = new Color(0x1F2A33);
    private static final String FAMILY = pickFamily();

    private final FontRuns text = new FontRuns(new Font(FAMILY, Font.PLAIN, 14));
    private final FontRuns small = new FontRuns(new Font(FAMILY, Font.PLAIN, 11));
    private final FontRuns bold = new FontRuns(new Font(FAMILY, Font.BOLD, 13));
    private final FontRuns title = new FontRuns(new Font(FAMILY, Font.BOLD, 16));
    private final FontRuns mono = new FontRuns(new Font(Font.MONOSPACED, Font.PLAIN, 13));

    /** The font family used: the first one here that displays Cyrillic, DejaVu Sans preferred. */
    public static String fontFamily() {
        return FAMILY;
    }

    private static String pickFamily() {
        String sample = "Привет, мир! Hello";
        List<String> families = new ArrayList<>(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        families.sort((a, b) -> Boolean.compare(!a.equals("DejaVu Sans"), !b.equals("DejaVu Sans")));
        return families.stream()
                .filter(f -> new Font(f, Font.PLAIN, 14).canDisplayUpTo(sample) == -1)
                .findFirst().orElse(Font.SANS_SERIF);
    }

    public void write(Transcript transcript, Path png) {
        try {
            Path parent = png.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            ImageIO.write(render(transcript), "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BufferedImage render(Transcript transcript) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measure = prepare(scratch);
        int height = new Pass(measure, false).paint(transcript);
        measure.dispose();
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = prepare(image);
        new Pass(g, true).paint(transcript);
        g.dispose();
        return image;
    }

    /** A line of a bubble and the font it is drawn in. */
    private record Line(String text, FontRuns font) {
    }

    /** A photo of the transcript: the fake decoded it when it took it, so it decodes again. */
    private static BufferedImage decode(byte[] photo) {
        try {
            return ImageIO.read(new ByteArrayInputStream(photo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Graphics2D prepare(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.scale(SCALE, SCALE);
        return g;
    }

    /** One walk over the transcript: measuring only (to size the image), then drawing. */
    private final class Pass {
        private final Graphics2D g;
        private final boolean draw;
        private int y;

        Pass(Graphics2D g, boolean draw) {
            this.g = g;
            this.draw = draw;
        }

        int paint(Transcript transcript) {
            header(transcript.title());
            y += MARGIN;
            for (Transcript.Entry entry : transcript.entries()) {
                entry(entry);
                y += 8;
            }
            footer();
            return y;
        }

        private void entry(Transcript.Entry entry) {
            if (entry instanceof Transcript.UserText e) {
                bubble(true, lines(e.text(), List.of()), null, null, List.of(), false);
            } else if (entry instanceof Transcript.UserPhoto e) {
                bubble(true, List.of(), e.image(), null, List.of(), false);
            } else if (entry instanceof Transcript.UserDocument e) {
                bubble(true, List.of(), null, e.fileName() + " · " + size(e.bytes().length), List.of(), false);
            } else if (entry instanceof Transcript.UserPress e) {
                pill("pressed  “" + e.label() + "”", true, USER_BUBBLE.darker(), TEXT);
            } else if (entry instanceof Transcript.BotSent e) {
                botMessage(e.message(), false);
            } else if (entry instanceof Transcript.BotEdited e) {
                note("✎ message updated in place");
                botMessage(e.message(), true);
            } else if (entry instanceof Transcript.BotDeleted e) {
                note("message #" + e.messageId() + " deleted by the bot");
            } else if (entry instanceof Transcript.BotAnswered e) {
                pill((e.alert() ? "alert: " : "") + e.text(), false, new Color(0x3A4550), Color.WHITE);
            }
        }

        private void botMessage(BotMessage message, boolean edited) {
            String document = message.hasDocument()
                    ? message.documentName() + " · " + size(message.document().length) : null;
            bubble(false, lines(message.text(), message.preformatted()), message.photo(), document, message.buttons(), edited);
        }

        /**
         * The text as wrapped to the bubble, without the blank lines at its end as Telegram shows it,
         * a pre block's lines in the monospaced font.
         */
        private List<Line> lines(String body, List<BotMessage.Span> preformatted) {
            List<Line> lines = new ArrayList<>();
            String shown = body.stripTrailing();
            if (shown.isEmpty()) {
                return lines;
            }
            int start = 0;
            for (String paragraph : shown.split("\n", -1)) {
                int at = start;
                FontRuns font = preformatted.stream().anyMatch(span -> span.start() <= at && at < span.end()) ? mono : text;
                font.wrap(g, paragraph, MAX_BUBBLE - 2 * PAD).forEach(line -> lines.add(new Line(line, font)));
                start += paragraph.length() + 1;
            }
            return lines;
        }

        private void header(String name) {
            if (draw) {
                g.setColor(HEADER);
                g.fillRect(0, 0, WIDTH, 56);
                g.setColor(new Color(0x8FB3D1));
                g.fillOval(MARGIN, 10, 36, 36);
                g.setColor(Color.WHITE);
                title.draw(g, "A", MARGIN + 12, 34);
                title.draw(g, title.clip(g, name, WIDTH - 80), 60, 26);
                g.setColor(new Color(0xD5E3EF));
                small.draw(g, "bot", 60, 44);
                g.setColor(new Color(0xFFF3C4));
                g.fillRect(0, 56, WIDTH, 24);
                g.setColor(new Color(0x7A5B00));
                centered(bold, BANNER, 73);
                g.setColor(BACKGROUND);
                g.fillRect(0, 80, WIDTH, 100_000);
            }
            y = 80;
        }

        private void footer() {
            y += 4;
            if (draw) {
                g.setColor(new Color(0xC9D6E1));
                g.fillRect(0, y, WIDTH, 26);
                g.setColor(NOTE);
                centered(small, BANNER + " · FakeTelegram", y + 17);
            }
            y += 26;
        }

        private void bubble(boolean user, List<Line> lines, byte[] photo, String document, List<List<Button>> keyboard,
                            boolean edited) {
            FontMetrics fm = g.getFontMetrics(text.font());
            int contentWidth = lines.stream().mapToInt(line -> line.font().width(g, line.text())).max().orElse(0);
            BufferedImage image = photo == null ? null : decode(photo);
            int imageW = 0;
            int imageH = 0;
            if (image != null) {
                double k = Math.min(1.0, Math.min((double) (MAX_BUBBLE - 2 * PAD) / image.getWidth(),
                        (double) MAX_IMAGE_HEIGHT / image.getHeight()));
                imageW = Math.max(1, (int) (image.getWidth() * k));
                imageH = Math.max(1, (int) (image.getHeight() * k));
                contentWidth = Math.max(contentWidth, imageW);
            }
            if (document != null) {
                contentWidth = Math.max(contentWidth, Math.min(MAX_BUBBLE - 2 * PAD, 40 + text.width(g, document)));
            }
            if (edited) {
                contentWidth = Math.max(contentWidth, small.width(g, "edited"));
            }
            int width = Math.min(MAX_BUBBLE, Math.max(contentWidth + 2 * PAD, Math.max(60, keyboardWidth(keyboard))));
            int height = PAD + lines.size() * fm.getHeight() + PAD + (edited ? 12 : 0);
            height += image != null ? imageH + (lines.isEmpty() ? 0 : 6) : 0;
            height += document != null ? 40 : 0;
            int x = user ? WIDTH - MARGIN - width : MARGIN;
            if (draw) {
                g.setColor(user ? USER_BUBBLE : BOT_BUBBLE);
                g.fill(new RoundRectangle2D.Double(x, y, width, height, 16, 16));
                int cy = y + PAD;
                if (image != null) {
                    g.drawImage(image, x + PAD, cy, imageW, imageH, null);
                    cy += imageH + (lines.isEmpty() ? 0 : 6);
                }
                if (document != null) {
                    g.setColor(HEADER);
                    g.fillOval(x + PAD, cy + 2, 32, 32);
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(2));
                    g.drawLine(x + PAD + 16, cy + 10, x + PAD + 16, cy + 24);
                    g.drawLine(x + PAD + 10, cy + 18, x + PAD + 16, cy + 24);
                    g.drawLine(x + PAD + 22, cy + 18, x + PAD + 16, cy + 24);
                    g.setColor(TEXT);
                    text.draw(g, text.clip(g, document, width - 2 * PAD - 40), x + PAD + 40, cy + 23);
                    cy += 40;
                }
                g.setColor(TEXT);
                for (Line line : lines) {
                    line.font().draw(g, line.text(), x + PAD, cy + fm.getAscent());
                    cy += fm.getHeight();
                }
                if (edited) {
                    g.setColor(NOTE);
                    small.draw(g, "edited", x + width - PAD - small.width(g, "edited"), cy + 10);
                }
            }
            y += height;
            keyboard(keyboard, x, width);
        }

        private int keyboardWidth(List<List<Button>> keyboard) {
            return keyboard.stream().mapToInt(row -> row.stream().mapToInt(b -> bold.width(g, b.text()) + 28).sum()
                    + 4 * (row.size() - 1)).max().orElse(0);
        }

        private void keyboard(List<List<Button>> keyboard, int x, int width) {
            for (List<Button> row : keyboard) {
                y += 4;
                int buttonWidth = (width - 4 * (row.size() - 1)) / Math.max(1, row.size());
                if (draw) {
                    for (int i = 0; i < row.size(); i++) {
                        int bx = x + i * (buttonWidth + 4);
                        g.setColor(KEY);
                        g.fill(new RoundRectangle2D.Double(bx, y, buttonWidth, 32, 10, 10));
                        g.setColor(Color.WHITE);
                        String label = bold.clip(g, row.get(i).text(), buttonWidth - 12);
                        bold.draw(g, label, bx + (buttonWidth - bold.width(g, label)) / 2f, y + 21);
                        if (row.get(i).url() != null) {
                            bold.draw(g, "↗", bx + buttonWidth - 12, y + 12);
                        }
                    }
                }
                y += 32;
            }
        }

        private void pill(String label, boolean right, Color fill, Color ink) {
            String shown = small.clip(g, label, MAX_BUBBLE - 20);
            int width = small.width(g, shown) + 20;
            int x = right ? WIDTH - MARGIN - width : (WIDTH - width) / 2;
            if (draw) {
                g.setColor(fill);
                g.fill(new RoundRectangle2D.Double(x, y, width, 22, 22, 22));
                g.setColor(ink);
                small.draw(g, shown, x + 10, y + 15);
            }
            y += 22;
        }

        private void note(String label) {
            if (draw) {
                g.setColor(NOTE);
                centered(small, label, y + 11);
            }
            y += 16;
        }

        private void centered(FontRuns font, String label, int baseline) {
            font.draw(g, label, (WIDTH - font.width(g, label)) / 2f, baseline);
        }
    }

    private static String size(int bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format("%.1f MB", bytes / 1048576.0);
    }
}

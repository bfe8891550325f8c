package adengine.bot.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.stats.DailyStats;
import adengine.core.stats.Stats;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class StatsChartTest {
    private static final StatsChart.Labels LABELS = new StatsChart.Labels("День", "Показы", "Клики", "Расход за день");

    @Test
    void oneDayIsDrawnAtPhoneSizeWithItsBar() throws IOException {
        BufferedImage chart = draw(List.of(day(7, 12, 3, "1.50")));

        assertEquals(StatsChart.WIDTH, chart.getWidth());
        assertEquals(StatsChart.HEIGHT, chart.getHeight());
        assertTrue(shows(chart, StatsChart.IMPRESSIONS.getRGB()), "the day's impressions bar");
    }

    @Test
    void daysWithoutClicksOrSpendAreDrawn() throws IOException {
        BufferedImage chart = draw(List.of(day(1, 5, 0, "0"), day(2, 8, 0, "0")));

        assertEquals(StatsChart.WIDTH, chart.getWidth());
        assertTrue(shows(chart, StatsChart.IMPRESSIONS.getRGB()));
    }

    @Test
    void aLongWindowOfLargeFiguresIsDrawn() throws IOException {
        List<DailyStats> days = IntStream.rangeClosed(1, 400)
                .mapToObj(d -> day(d, 150_000 + d, d % 7 * 1_000, "2375.125")).toList();

        BufferedImage chart = draw(days);

        assertEquals(StatsChart.HEIGHT, chart.getHeight());
        assertTrue(shows(chart, StatsChart.IMPRESSIONS.getRGB()));
    }

    private static DailyStats day(int date, long impressions, long clicks, String spent) {
        return new DailyStats(date, new Stats(impressions, clicks, new BigDecimal(spent), BigDecimal.ZERO));
    }

    private static BufferedImage draw(List<DailyStats> days) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(StatsChart.png(days, LABELS)));
    }

    private static boolean shows(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}

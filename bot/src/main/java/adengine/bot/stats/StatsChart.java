package adengine.bot.stats;

import adengine.core.stats.DailyStats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws impressions and clicks per day as lines and the day's spend as bars on a second axis. */
public final class StatsChart {
    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final Color IMPRESSIONS = new Color(0x2F80ED);
    private static final Color CLICKS = new Color(0xEB5757);
    private static final Color SPEND = new Color(0x27, 0xAE, 0x60, 140);

    /** Axis and series names in the reader's language. */
    public record Labels(String title, String day, String impressions, String clicks, String spend, String counts) {
    }

    private StatsChart() {
    }

    /** A PNG of the days given, oldest first. */
    public static byte[] png(List<DailyStats> days, Labels labels) {
        XYSeries impressions = new XYSeries(labels.impressions());
        XYSeries clicks = new XYSeries(labels.clicks());
        XYSeries spend = new XYSeries(labels.spend());
        for (DailyStats day : days) {
            impressions.add(day.date(), day.stats().impressionsCount());
            clicks.add(day.date(), day.stats().clicksCount());
            spend.add(day.date(), day.stats().spentTotal());
        }
        NumberAxis dayAxis = new NumberAxis(labels.day());
        dayAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        dayAxis.setAutoRangeIncludesZero(false);
        NumberAxis countAxis = new NumberAxis(labels.counts());
        countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());

        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setSeriesPaint(0, IMPRESSIONS);
        lines.setSeriesPaint(1, CLICKS);
        lines.setSeriesStroke(0, new BasicStroke(2.5f));
        lines.setSeriesStroke(1, new BasicStroke(2.5f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(impressions), dayAxis, countAxis, lines);
        ((XYSeriesCollection) plot.getDataset()).addSeries(clicks);

        XYBarRenderer bars = new XYBarRenderer(0.35);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, SPEND);
        plot.setDataset(1, new XYSeriesCollection(spend));
        plot.setRangeAxis(1, new NumberAxis(labels.spend()));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, bars);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));

        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle(new TextTitle(labels.title(), JFreeChart.DEFAULT_TITLE_FONT));
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }
}

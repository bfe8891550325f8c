package adengine.bot.stats;

import adengine.core.stats.DailyStats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Impressions, clicks and spend per day as three stacked bar panels over one day axis, one kind of
 * value per axis. Drawn for a phone: the chat shows the picture about 400 px wide, so it is drawn
 * at twice that with fonts large enough to stay readable when halved. The caption beside it names
 * what it shows, so the picture spends no room on a title.
 */
public final class StatsChart {
    static final int WIDTH = 800;
    static final int HEIGHT = 1000;
    private static final Font PANEL = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 26);
    private static final Color GRID = new Color(0xD0D0D0);
    static final Color IMPRESSIONS = new Color(0x2F80ED);
    private static final Color CLICKS = new Color(0xEB5757);
    private static final Color SPEND = new Color(0x27AE60);

    /**
     * How an axis steps and writes its values: digits grouped by a space and decimals after a point
     * in either language, as the bot writes money, since a Russian reader takes "1,500" for one and
     * a half.
     */
    private enum Scale {
        DAYS(true, "0"),
        COUNTS(true, "#,##0"),
        /** A money panel is at least 1 high, so its steps need no more than two decimals. */
        MONEY(false, "#,##0.##");

        private final boolean whole;
        private final String pattern;

        Scale(boolean whole, String pattern) {
            this.whole = whole;
            this.pattern = pattern;
        }
    }

    /** The texts of the chart in the reader's language. */
    public record Labels(String day, String impressions, String clicks, String spend) {
    }

    private StatsChart() {
    }

    /** A PNG of the days given, oldest first. */
    public static byte[] png(List<DailyStats> days, Labels labels) {
        NumberAxis dayAxis = axis(labels.day(), Scale.DAYS);
        dayAxis.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dayAxis);
        plot.setGap(40);
        plot.add(panel(labels.impressions(), IMPRESSIONS, days, day -> day.stats().impressionsCount(), Scale.COUNTS));
        plot.add(panel(labels.clicks(), CLICKS, days, day -> day.stats().clicksCount(), Scale.COUNTS));
        plot.add(panel(labels.spend(), SPEND, days, day -> day.stats().spentTotal().doubleValue(), Scale.MONEY));

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setPadding(new RectangleInsets(16, 8, 8, 24));
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    /** One value kind as bars, named inside the panel's top left corner, so no axis label is turned on its side. */
    private static XYPlot panel(String name, Color color, List<DailyStats> days, ToDoubleFunction<DailyStats> value, Scale scale) {
        XYSeries series = new XYSeries(name);
        days.forEach(day -> series.add(day.date(), value.applyAsDouble(day)));
        NumberAxis axis = axis(null, scale);
        // a panel of zeros (no clicks yet) still gets a scale from 0 to 1, not one around 0 of a few billionths
        axis.setAutoRangeMinimumSize(1);
        axis.setRangeType(RangeType.POSITIVE);
        axis.setUpperMargin(0.35);
        XYBarRenderer bars = new XYBarRenderer(0.2);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, color);
        XYPlot panel = new XYPlot(new XYSeriesCollection(series), null, axis, bars);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setOutlineVisible(false);
        panel.setDomainGridlinesVisible(false);
        panel.setRangeGridlinePaint(GRID);
        panel.setRangeGridlineStroke(new BasicStroke(1.5f));
        TextTitle label = new TextTitle(name, PANEL);
        label.setPaint(color.darker());
        label.setBackgroundPaint(new Color(255, 255, 255, 200));
        panel.addAnnotation(new XYTitleAnnotation(0.01, 0.99, label, RectangleAnchor.TOP_LEFT));
        return panel;
    }

    /** Tick units and a format of its own for each axis: chats draw side by side and number formats are not thread-safe. */
    private static NumberAxis axis(String label, Scale scale) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(scale.whole ? NumberAxis.createIntegerTickUnits() : NumberAxis.createStandardTickUnits());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        axis.setNumberFormatOverride(new DecimalFormat(scale.pattern, symbols));
        axis.setTickLabelFont(TICKS);
        axis.setLabelFont(TICKS);
        return axis;
    }
}

package adengine.bot.stats;

import adengine.core.stats.CampaignActivity;
import adengine.core.stats.DailyStats;
import adengine.core.stats.Stats;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An advertiser's campaigns as a CSV file: a header and one row per campaign, then an empty line,
 * a header and one row per campaign and day. Fields and figures are named and written as the REST
 * statistics write them, so the file can be checked against the API.
 */
final class CampaignsCsv {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Spreadsheet programs read a file as UTF-8 only when it starts with the byte order mark. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    /** RFC 4180 ends every record with CRLF. */
    private static final String LINE_END = "\r\n";
    private static final List<String> FIGURES = List.of("impressions_count", "clicks_count",
            "spent_impressions", "spent_clicks", "spent_total", "conversion");
    private static final List<String> CAMPAIGN_HEADER = Stream.concat(Stream.of("campaign_id", "ad_title", "deleted",
            "start_date", "end_date", "impressions_limit", "clicks_limit"), FIGURES.stream()).toList();
    private static final List<String> DAY_HEADER = Stream.concat(Stream.of("campaign_id", "ad_title", "date"),
            FIGURES.stream()).toList();

    private CampaignsCsv() {
    }

    /** The file's bytes; {@code daily} gives a campaign's days. */
    static byte[] of(List<CampaignActivity> campaigns, Function<CampaignActivity, List<DailyStats>> daily) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        record(csv, CAMPAIGN_HEADER);
        for (CampaignActivity campaign : campaigns) {
            record(csv, withFigures(campaign.total(), campaign.campaignId(), campaign.adTitle(), campaign.deleted(),
                    campaign.startDate(), campaign.endDate(), campaign.impressionsLimit(), campaign.clicksLimit()));
        }
        csv.append(LINE_END);
        record(csv, DAY_HEADER);
        for (CampaignActivity campaign : campaigns) {
            for (DailyStats day : daily.apply(campaign)) {
                record(csv, withFigures(day.stats(), campaign.campaignId(), campaign.adTitle(), day.date()));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> withFigures(Stats stats, Object... leading) {
        List<String> fields = new ArrayList<>();
        for (Object field : leading) {
            fields.add(String.valueOf(field));
        }
        fields.addAll(List.of(String.valueOf(stats.impressionsCount()), String.valueOf(stats.clicksCount()),
                Figures.money(stats.spentImpressions()), Figures.money(stats.spentClicks()),
                Figures.money(stats.spentTotal()), stats.conversion().toPlainString()));
        return fields;
    }

    private static void record(StringBuilder csv, List<String> fields) {
        csv.append(String.join(",", fields.stream().map(CampaignsCsv::field).toList())).append(LINE_END);
    }

    /**
     * Quoted, with quotes doubled, when it holds a comma, a quote or a line break (RFC 4180); a
     * text a spreadsheet would run as a formula (a title starting with =, +, - or @) is kept as
     * text by a leading apostrophe. Figures are never negative, so no number is touched.
     */
    static String field(String value) {
        String text = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}

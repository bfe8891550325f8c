package adengine.bot.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.core.stats.CampaignActivity;
import adengine.core.stats.DailyStats;
import adengine.core.stats.Stats;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignsCsvTest {
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Stats DAY = new Stats(3, 1, new BigDecimal("0.375"), new BigDecimal("4"));

    @Test
    void campaignsThenTheirDaysEachWithAHeaderRecordsEndingInCrLf() {
        CampaignActivity campaign = new CampaignActivity(ID, "Зима, \"скидки\"\nвезде", true, 2, 9, 100, 10, Map.of(3, DAY));

        String csv = new String(CampaignsCsv.of(List.of(campaign), c -> List.of(new DailyStats(2, Stats.ZERO), new DailyStats(3, DAY))),
                StandardCharsets.UTF_8);

        assertEquals("\uFEFF"
                + "campaign_id,ad_title,deleted,start_date,end_date,impressions_limit,clicks_limit,"
                + "impressions_count,clicks_count,spent_impressions,spent_clicks,spent_total,conversion\r\n"
                + ID + ",\"Зима, \"\"скидки\"\"\nвезде\",true,2,9,100,10,3,1,0.375,4.00,4.375,33.333333\r\n"
                + "\r\n"
                + "campaign_id,ad_title,date,impressions_count,clicks_count,spent_impressions,spent_clicks,spent_total,conversion\r\n"
                + ID + ",\"Зима, \"\"скидки\"\"\nвезде\",2,0,0,0.00,0.00,0.00,0.000000\r\n"
                + ID + ",\"Зима, \"\"скидки\"\"\nвезде\",3,3,1,0.375,4.00,4.375,33.333333\r\n", csv);
    }

    @Test
    void onlyFieldsWithACommaAQuoteOrALineBreakAreQuoted() {
        assertEquals("plain text; ok", CampaignsCsv.field("plain text; ok"));
        assertEquals("\"a,b\"", CampaignsCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CampaignsCsv.field("say \"hi\""));
        assertEquals("\"two\r\nlines\"", CampaignsCsv.field("two\r\nlines"));
        assertEquals("'=HYPERLINK(1)", CampaignsCsv.field("=HYPERLINK(1)"));
        assertEquals("\"'@a,b\"", CampaignsCsv.field("@a,b"));
        assertEquals("12.50", CampaignsCsv.field("12.50"));
    }
}

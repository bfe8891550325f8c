package adengine.api.stats;

import adengine.api.http.Json;
import adengine.api.http.Uuids;
import adengine.core.stats.CampaignActivity;
import adengine.core.stats.DailyStats;
import adengine.core.stats.Money;
import adengine.core.stats.Stats;
import adengine.core.stats.StatsService;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import spark.Service;

/** Campaign and advertiser statistics, totals and daily. */
public final class StatsRoutes {
    private final StatsService stats;
    private final Json json;

    public StatsRoutes(StatsService stats, Json json) {
        this.stats = Objects.requireNonNull(stats);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.get("/stats/campaigns/:campaignId", (req, res) ->
                json.respond(res, 200, StatsJson.of(stats.campaign(Uuids.parameter("campaign_id", req.params("campaignId"))))));
        http.get("/stats/campaigns/:campaignId/daily", (req, res) ->
                json.respond(res, 200, daily(stats.campaignDaily(Uuids.parameter("campaign_id", req.params("campaignId"))))));
        http.get("/stats/advertisers/:advertiserId/campaigns", (req, res) ->
                json.respond(res, 200, StatsJson.of(stats.advertiser(Uuids.parameter("advertiser_id", req.params("advertiserId"))))));
        http.get("/stats/advertisers/:advertiserId/campaigns/daily", (req, res) ->
                json.respond(res, 200, daily(stats.advertiserDaily(Uuids.parameter("advertiser_id", req.params("advertiserId"))))));
        http.get("/stats/advertisers/:advertiserId/campaigns/breakdown", (req, res) ->
                json.respond(res, 200, stats.advertiserCampaigns(Uuids.parameter("advertiser_id", req.params("advertiserId")))
                        .stream().map(CampaignStatsJson::of).toList()));
    }

    private static List<DailyStatsJson> daily(List<DailyStats> days) {
        return days.stream().map(day -> DailyStatsJson.of(day.date(), day.stats())).toList();
    }

    /** Money as {@link Money#shown}, conversion at its fixed scale: the same for totals and days. */
    record StatsJson(long impressionsCount, long clicksCount, BigDecimal conversion,
            BigDecimal spentImpressions, BigDecimal spentClicks, BigDecimal spentTotal) {
        static StatsJson of(Stats stats) {
            return new StatsJson(stats.impressionsCount(), stats.clicksCount(), stats.conversion(),
                    Money.shown(stats.spentImpressions()), Money.shown(stats.spentClicks()), Money.shown(stats.spentTotal()));
        }
    }

    /** DailyStats: the Stats fields and the day. */
    record DailyStatsJson(@JsonUnwrapped StatsJson stats, int date) {
        static DailyStatsJson of(int date, Stats stats) {
            return new DailyStatsJson(StatsJson.of(stats), date);
        }
    }

    /** One campaign of the advertiser's breakdown: what it is and its Stats fields. */
    record CampaignStatsJson(UUID campaignId, String adTitle, boolean deleted, int startDate, int endDate,
            int impressionsLimit, int clicksLimit, @JsonUnwrapped StatsJson stats) {
        static CampaignStatsJson of(CampaignActivity campaign) {
            return new CampaignStatsJson(campaign.campaignId(), campaign.adTitle(), campaign.deleted(), campaign.startDate(),
                    campaign.endDate(), campaign.impressionsLimit(), campaign.clicksLimit(), StatsJson.of(campaign.total()));
        }
    }
}

package adengine.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatsServiceTest {
    private static final Stats ONE_SHOW = new Stats(1, 0, new BigDecimal("1.10"), BigDecimal.ZERO);
    private static final Stats ONE_CLICK = new Stats(0, 1, BigDecimal.ZERO, new BigDecimal("2.25"));

    @Test
    void everyWindowDayUpToTodayIsListedWithZeros() {
        List<DailyStats> days = StatsService.daily(List.of(activity(3, 10, Map.of(4, ONE_SHOW))), 5);

        assertEquals(List.of(new DailyStats(3, Stats.ZERO), new DailyStats(4, ONE_SHOW), new DailyStats(5, Stats.ZERO)), days);
    }

    @Test
    void eventsOutsideTheWindowAreListedToo() {
        List<DailyStats> days = StatsService.daily(List.of(activity(1, 2, Map.of(1, ONE_SHOW, 6, ONE_CLICK))), 8);

        assertEquals(List.of(1, 2, 6), days.stream().map(DailyStats::date).toList());
    }

    @Test
    void campaignsOfAnAdvertiserAreSummedPerDayOverTheUnionOfTheirDays() {
        List<DailyStats> days = StatsService.daily(List.of(
                activity(1, 2, Map.of(2, ONE_SHOW)),
                activity(2, 3, Map.of(2, ONE_SHOW, 3, ONE_CLICK))), 9);

        assertEquals(List.of(new DailyStats(1, Stats.ZERO),
                new DailyStats(2, ONE_SHOW.plus(ONE_SHOW)),
                new DailyStats(3, ONE_CLICK)), days);
    }

    @Test
    void aCampaignThatHasNotStartedHasNoDays() {
        assertEquals(List.of(), StatsService.daily(List.of(activity(5, 9, Map.of())), 4));
    }

    @Test
    void aFarOffClockListsOnlyTheLatestWindowDays() {
        List<DailyStats> days = StatsService.daily(List.of(activity(0, Integer.MAX_VALUE, Map.of())), Integer.MAX_VALUE);

        assertEquals(StatsService.MAX_WINDOW_DAYS, days.size());
        assertEquals(Integer.MAX_VALUE, days.get(days.size() - 1).date());
    }

    @Test
    void aDayListsTheCampaignsThatRanOrHadTrafficThenAndTheirTotal() {
        CampaignActivity shown = activity(1, 5, Map.of(3, ONE_SHOW, 4, ONE_CLICK));
        CampaignActivity idle = activity(3, 3, Map.of());
        CampaignActivity later = activity(4, 9, Map.of());
        CampaignActivity deletedAfterTraffic = new CampaignActivity(UUID.randomUUID(), "Gone", true, 1, 9, 100, 10, Map.of(3, ONE_CLICK));
        CampaignActivity deletedIdle = new CampaignActivity(UUID.randomUUID(), "Gone too", true, 1, 9, 100, 10, Map.of());

        AdvertiserDay day = StatsService.dayOf(List.of(shown, idle, later, deletedAfterTraffic, deletedIdle), 3);

        assertEquals(List.of(new CampaignDay(shown.campaignId(), "Ad", ONE_SHOW), new CampaignDay(idle.campaignId(), "Ad", Stats.ZERO),
                new CampaignDay(deletedAfterTraffic.campaignId(), "Gone", ONE_CLICK)), day.campaigns());
        assertEquals(ONE_SHOW.plus(ONE_CLICK), day.total());
        assertEquals(Stats.ZERO, StatsService.dayOf(List.of(), 3).total());
    }

    @Test
    void conversionIsAPercentWithSixPlacesRoundedHalfUpAndZeroWithoutImpressions() {
        assertEquals(new BigDecimal("33.333333"), new Stats(3, 1, BigDecimal.ONE, BigDecimal.ONE).conversion());
        assertEquals(new BigDecimal("66.666667"), new Stats(3, 2, BigDecimal.ONE, BigDecimal.ONE).conversion());
        assertEquals(new BigDecimal("0.000050"), new Stats(2_000_000, 1, BigDecimal.ONE, BigDecimal.ONE).conversion(), "half-up, exactly");
        assertEquals(new BigDecimal("200.000000"), new Stats(1, 2, BigDecimal.ONE, BigDecimal.ONE).conversion());
        assertEquals(new BigDecimal("0.000000"), Stats.ZERO.conversion());
        assertEquals(new BigDecimal("3.35"), ONE_SHOW.plus(ONE_CLICK).spentTotal());
    }

    private static CampaignActivity activity(int start, int end, Map<Integer, Stats> days) {
        return new CampaignActivity(UUID.randomUUID(), "Ad", false, start, end, 100, 10, days);
    }
}

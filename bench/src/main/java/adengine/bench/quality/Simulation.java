package adengine.bench.quality;

import adengine.core.ads.AdChoice;
import adengine.core.ads.AdOption;
import adengine.core.ads.AdPolicy;
import adengine.core.ads.AdSelector;
import adengine.core.ads.ClientHistory;
import adengine.core.ads.Delivery;
import adengine.core.ads.LiveCampaign;
import adengine.core.ads.Market;
import adengine.core.ads.RelevanceScale;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Replays a scenario day by day through the engine's own {@link AdSelector} with one policy. The
 * order of clients and every click draw depend only on (seed, day, round, client), so all policies
 * face the same random draws; they differ only in what they choose to show.
 */
final class Simulation {

    private final Scenario scenario;
    private final ClickModel clicks;
    private final RelevanceScale relevance;

    Simulation(Scenario scenario) {
        this.scenario = scenario;
        this.clicks = new ClickModel(scenario.scoresByClient().values());
        this.relevance = relevanceScale(scenario);
    }

    Outcome run(String name, AdPolicy policy) {
        AdSelector selector = new AdSelector(policy);
        Map<UUID, Delivery> delivery = new HashMap<>();
        Map<UUID, Set<UUID>> seen = new HashMap<>();
        Map<UUID, Set<UUID>> clicked = new HashMap<>();
        double profit = 0;
        long impressions = 0;
        long clickCount = 0;
        double scoreSum = 0;
        long scored = 0;
        long targetingErrors = 0;
        for (int day = scenario.firstDay(); day <= scenario.lastDay(); day++) {
            List<Campaign> running = running(day);
            for (int round = 0; round < scenario.requestsPerDay(); round++) {
                List<Integer> order = order(day, round);
                for (int index : order) {
                    Client client = scenario.clients().get(index);
                    UUID clientId = client.clientId();
                    Map<UUID, Long> scores = scenario.scoresByClient().getOrDefault(clientId, Map.of());
                    ClientHistory history = new ClientHistory(
                            seen.getOrDefault(clientId, Set.of()), clicked.getOrDefault(clientId, Set.of()));
                    AdChoice choice = selector.choose(client, day, market(running, delivery), history, scores);
                    AdOption shown = choice.fresh().best().or(() -> choice.repeats().best()).orElse(null);
                    if (shown == null) {
                        continue;
                    }
                    Campaign campaign = shown.campaign();
                    UUID campaignId = campaign.campaignId();
                    CampaignSpec spec = campaign.spec();
                    Delivery current = delivery.getOrDefault(campaignId, Delivery.NONE);
                    if (!shown.repeat()) {
                        current = new Delivery(current.impressions() + 1, current.clicks());
                        seen.computeIfAbsent(clientId, id -> new HashSet<>()).add(campaignId);
                        profit += spec.costPerImpression().doubleValue();
                        impressions++;
                        Long score = scores.get(campaign.advertiserId());
                        if (score != null) {
                            scoreSum += score;
                            scored++;
                        }
                        if (!targeted(spec.targeting(), client)) {
                            targetingErrors++;
                        }
                    }
                    double chance = clicks.probability(scores.get(campaign.advertiserId()), scenario.appeal().get(campaignId), shown.repeat());
                    if (clickDraw(day, round, index) < chance) {
                        current = new Delivery(current.impressions(), current.clicks() + 1);
                        clicked.computeIfAbsent(clientId, id -> new HashSet<>()).add(campaignId);
                        profit += spec.costPerClick().doubleValue();
                        clickCount++;
                    }
                    delivery.put(campaignId, current);
                }
            }
        }
        return new Outcome(name, profit, impressions, clickCount, scored == 0 ? 0 : scoreSum / scored,
                fulfilment(delivery), worstOverrun(delivery), targetingErrors);
    }

    private Market market(List<Campaign> running, Map<UUID, Delivery> delivery) {
        List<LiveCampaign> live = new ArrayList<>(running.size());
        for (Campaign campaign : running) {
            live.add(new LiveCampaign(campaign, delivery.getOrDefault(campaign.campaignId(), Delivery.NONE)));
        }
        return new Market(live, relevance);
    }

    private List<Campaign> running(int day) {
        return scenario.campaigns().stream()
                .filter(campaign -> campaign.spec().startDate() <= day && day <= campaign.spec().endDate())
                .toList();
    }

    private List<Integer> order(int day, int round) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scenario.clients().size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(mix(scenario.seed(), day, round, -1)));
        return order;
    }

    private double clickDraw(int day, int round, int client) {
        return new SplittableRandom(mix(scenario.seed(), day, round, client)).nextDouble();
    }

    private static long mix(long seed, int day, int round, int client) {
        long h = seed;
        h = h * 0x9E3779B97F4A7C15L + day;
        h = h * 0x9E3779B97F4A7C15L + round;
        return h * 0x9E3779B97F4A7C15L + client;
    }

    /** An independent restatement of the targeting rules, to catch the engine serving outside them. */
    private static boolean targeted(Targeting targeting, Client client) {
        if (targeting.gender() != null && !"ALL".equals(targeting.gender().name())
                && !targeting.gender().name().equals(client.gender().name())) {
            return false;
        }
        if (targeting.ageFrom() != null && client.age() < targeting.ageFrom()) {
            return false;
        }
        if (targeting.ageTo() != null && client.age() > targeting.ageTo()) {
            return false;
        }
        return targeting.location() == null || targeting.location().equals(client.location());
    }

    private double fulfilment(Map<UUID, Delivery> delivery) {
        return scenario.campaigns().stream()
                .filter(campaign -> campaign.spec().impressionsLimit() > 0)
                .mapToDouble(campaign -> Math.min(1.0, (double) delivery.getOrDefault(campaign.campaignId(), Delivery.NONE)
                        .impressions() / campaign.spec().impressionsLimit()))
                .average()
                .orElse(1);
    }

    private double worstOverrun(Map<UUID, Delivery> delivery) {
        return scenario.campaigns().stream()
                .filter(campaign -> campaign.spec().impressionsLimit() > 0)
                .mapToDouble(campaign -> Math.max(0, (double) delivery.getOrDefault(campaign.campaignId(), Delivery.NONE)
                        .impressions() / campaign.spec().impressionsLimit() - 1))
                .max()
                .orElse(0);
    }

    private static RelevanceScale relevanceScale(Scenario scenario) {
        double[] scores = scenario.scoresByClient().values().stream()
                .flatMap(byAdvertiser -> byAdvertiser.values().stream())
                .mapToDouble(Long::doubleValue)
                .toArray();
        if (scores.length == 0) {
            return RelevanceScale.NEUTRAL;
        }
        double mean = java.util.Arrays.stream(scores).average().orElse(0);
        double variance = java.util.Arrays.stream(scores).map(score -> (score - mean) * (score - mean)).average().orElse(1);
        return new RelevanceScale(mean, Math.sqrt(variance));
    }
}

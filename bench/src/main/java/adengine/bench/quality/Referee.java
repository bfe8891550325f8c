package adengine.bench.quality;

import adengine.bench.quality.Changes.Prices;
import adengine.bench.quality.World.Offer;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * The truth of one play: prices and scores as they are, what every campaign delivered, what every
 * client saw and clicked. It restates the contract's rules on its own (not with the engine's
 * classes), judges every answer of the ad server against them, and tallies the money and the
 * relevance of what was shown.
 */
final class Referee {
    private final World world;
    private final ClickModel clickModel;
    private final Map<Integer, Prices> prices = new HashMap<>();
    private final Map<UUID, Map<UUID, Long>> scores = new HashMap<>();
    private final int[] impressions;
    private final int[] clicks;
    private final List<Set<Integer>> seen = new ArrayList<>();
    private final List<Set<Integer>> clicked = new ArrayList<>();
    private final Map<UUID, BigDecimal> spent = new HashMap<>();
    private int day;
    private double scoreP90;

    private BigDecimal profit = BigDecimal.ZERO;
    private long impressionCount;
    private long clickCount;
    private double scoreSum;
    private long targetingErrors;
    private long violations;

    Referee(World world) {
        this.world = world;
        this.clickModel = new ClickModel(world);
        world.offers().forEach(offer -> prices.put(offer.index(),
                new Prices(offer.spec().costPerImpression(), offer.spec().costPerClick())));
        world.scores().forEach((client, byAdvertiser) -> scores.put(client, new HashMap<>(byAdvertiser)));
        impressions = new int[world.offers().size()];
        clicks = new int[world.offers().size()];
        world.clients().forEach(client -> {
            seen.add(new HashSet<>());
            clicked.add(new HashSet<>());
        });
    }

    void startDay(int day) {
        this.day = day;
        scoreP90 = percentile90();
    }

    int day() {
        return day;
    }

    Map<Integer, Prices> prices() {
        return Map.copyOf(prices);
    }

    void apply(Changes changes) {
        changes.prices().forEach(change -> prices.put(change.offer(), new Prices(change.costPerImpression(), change.costPerClick())));
        changes.scores().forEach(change -> scores.computeIfAbsent(change.clientId(), id -> new HashMap<>())
                .put(change.advertiserId(), change.score()));
    }

    /** Whether the client has been shown the campaign. */
    boolean saw(int client, int offer) {
        return seen.get(client).contains(offer);
    }

    /** What a fair server may show the client now: the unseen eligible campaigns, or when there is none the seen ones. */
    List<Candidate> candidates(int client) {
        List<Candidate> fresh = new ArrayList<>();
        List<Candidate> repeats = new ArrayList<>();
        for (Offer offer : world.offers()) {
            if (eligible(client, offer)) {
                boolean repeat = seen.get(client).contains(offer.index());
                if (repeat || hasImpressionBudget(offer)) {
                    (repeat ? repeats : fresh).add(candidate(client, offer, repeat));
                }
            }
        }
        return fresh.isEmpty() ? repeats : fresh;
    }

    /** Judges an answer of the server; true when it showed a campaign the client had seen (a free repeat). */
    boolean judge(int client, OptionalInt shown) {
        List<Candidate> fair = candidates(client);
        if (shown.isEmpty()) {
            violations += fair.isEmpty() ? 0 : 1;
            return false;
        }
        Offer offer = world.offers().get(shown.getAsInt());
        boolean repeat = seen.get(client).contains(offer.index());
        if (!targets(offer.spec().targeting(), world.clients().get(client))) {
            targetingErrors++;
        }
        boolean fresh = !fair.isEmpty() && !fair.get(0).repeat();
        if (!eligible(client, offer) || repeat && fresh) {
            violations++;
        }
        if (!repeat) {
            seen.get(client).add(offer.index());
            impressions[offer.index()]++;
            impressionCount++;
            charge(offer, prices.get(offer.index()).costPerImpression());
            Long score = score(client, offer);
            scoreSum += score == null ? 0 : score;
        }
        return repeat;
    }

    /** The client's true chance to click what was shown. */
    double clickChance(int client, int offer, boolean repeat) {
        return clickModel.probability(score(client, world.offers().get(offer)), world.appeal()[offer], repeat);
    }

    void clicked(int client, int offer) {
        if (clicked.get(client).add(offer)) {
            clicks[offer]++;
            clickCount++;
            charge(world.offers().get(offer), prices.get(offer).costPerClick());
        }
    }

    Map<UUID, BigDecimal> spentByAdvertiser() {
        return Map.copyOf(spent);
    }

    Outcome outcome(String contender, Outcome.Service service) {
        double fulfilment = 0;
        double worstOverrun = 0;
        for (Offer offer : world.offers()) {
            CampaignSpec spec = offer.spec();
            fulfilment += (share(impressions[offer.index()], spec.impressionsLimit()) + share(clicks[offer.index()], spec.clicksLimit())) / 2;
            if (spec.impressionsLimit() > 0) {
                worstOverrun = Math.max(worstOverrun, (double) impressions[offer.index()] / spec.impressionsLimit() - 1);
            }
        }
        return new Outcome(contender, profit, impressionCount, clickCount, impressionCount == 0 ? 0 : scoreSum / impressionCount,
                fulfilment / world.offers().size(), worstOverrun, targetingErrors, violations, service);
    }

    private static double share(int delivered, int limit) {
        return limit == 0 ? 1 : Math.min(1.0, (double) delivered / limit);
    }

    private Candidate candidate(int client, Offer offer, boolean repeat) {
        return new Candidate(offer, prices.get(offer.index()), impressions[offer.index()], clicks[offer.index()],
                score(client, offer), scoreP90, repeat, clickChance(client, offer.index(), repeat));
    }

    private void charge(Offer offer, BigDecimal price) {
        profit = profit.add(price);
        spent.merge(offer.advertiserId(), price, BigDecimal::add);
    }

    private Long score(int client, Offer offer) {
        return scores.getOrDefault(world.clients().get(client).clientId(), Map.of()).get(offer.advertiserId());
    }

    /** Runs today, targets the client, not clicked by them, clicks below the limit (new or repeated show alike). */
    private boolean eligible(int client, Offer offer) {
        CampaignSpec spec = offer.spec();
        return spec.startDate() <= day && day <= spec.endDate()
                && targets(spec.targeting(), world.clients().get(client))
                && !clicked.get(client).contains(offer.index())
                && clicks[offer.index()] < spec.clicksLimit();
    }

    /** A new impression keeps the campaign under 1.05 × its limit: count + 1 < 1.05 × limit. */
    private boolean hasImpressionBudget(Offer offer) {
        return 100L * (impressions[offer.index()] + 1) < 105L * offer.spec().impressionsLimit();
    }

    private static boolean targets(Targeting targeting, Client client) {
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

    private double percentile90() {
        long[] all = scores.values().stream().flatMap(byAdvertiser -> byAdvertiser.values().stream())
                .mapToLong(Long::longValue).sorted().toArray();
        return all.length == 0 ? 1 : Math.max(1, all[(int) Math.min(all.length - 1, Math.floor(0.9 * all.length))]);
    }
}

package adengine.bench.quality;

import adengine.bench.quality.World.Offer;
import adengine.core.ads.AdChoice;
import adengine.core.ads.AdOption;
import adengine.core.ads.AdRanking;
import adengine.core.ads.AdSelector;
import adengine.core.ads.ClientHistory;
import adengine.core.ads.ClientScores;
import adengine.core.ads.Delivery;
import adengine.core.ads.Engagement;
import adengine.core.ads.LiveCampaign;
import adengine.core.ads.Market;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * AdEngine's own selector and ranking run inside the benchmark on an exact, always fresh copy of
 * the market (no caches, no HTTP): a quick way to try a change of the ranking before the real
 * play over HTTP, which is the measurement that counts.
 */
final class EngineInProcess implements AdServer {
    private final World world;
    private final AdSelector selector;
    private final Campaign[] campaigns;
    private final Delivery[] deliveries;
    private final int[][] impressionsByBin;
    private final int[][] clicksByBin;
    private final Map<UUID, Map<UUID, Long>> scores = new HashMap<>();
    private final List<Set<UUID>> seen = new ArrayList<>();
    private final List<Set<UUID>> clicked = new ArrayList<>();
    private final Map<Long, Integer> binOfImpression = new HashMap<>();
    private final Map<UUID, Integer> offersById = new HashMap<>();
    private int day;
    private int client;

    /** AdEngine as it is: click chances learnt. */
    EngineInProcess(World world) {
        this(world, null);
    }

    /** With {@code truth}, AdEngine's ranking on the true click chances instead of learnt ones: an oracle. */
    EngineInProcess(World world, Referee truth) {
        this.world = world;
        this.selector = new AdSelector(truth == null ? new AdRanking() : new AdRanking((option, market) ->
                truth.clickChance(client, offersById.get(option.campaign().campaignId()), option.repeat())));
        int size = world.offers().size();
        campaigns = new Campaign[size];
        deliveries = new Delivery[size];
        impressionsByBin = new int[size][adengine.core.ads.Relevance.BINS];
        clicksByBin = new int[size][adengine.core.ads.Relevance.BINS];
        for (Offer offer : world.offers()) {
            UUID id = new UUID(world.seed(), offer.index());
            campaigns[offer.index()] = new Campaign(id, offer.advertiserId(), offer.spec(), null);
            deliveries[offer.index()] = Delivery.NONE;
            offersById.put(id, offer.index());
        }
        world.scores().forEach((client, byAdvertiser) -> scores.put(client, new HashMap<>(byAdvertiser)));
        world.clients().forEach(client -> {
            seen.add(new HashSet<>());
            clicked.add(new HashSet<>());
        });
    }

    @Override
    public void startDay(int day) {
        this.day = day;
    }

    @Override
    public void apply(Changes changes) {
        for (Changes.PriceChange change : changes.prices()) {
            Campaign campaign = campaigns[change.offer()];
            CampaignSpec spec = campaign.spec();
            campaigns[change.offer()] = new Campaign(campaign.campaignId(), campaign.advertiserId(), new CampaignSpec(
                    spec.impressionsLimit(), spec.clicksLimit(), change.costPerImpression(), change.costPerClick(),
                    spec.adTitle(), spec.adText(), spec.startDate(), spec.endDate(), spec.targeting()), null);
        }
        changes.scores().forEach(change -> scores.computeIfAbsent(change.clientId(), id -> new HashMap<>())
                .put(change.advertiserId(), change.score()));
    }

    @Override
    public OptionalInt serve(int client) {
        this.client = client;
        List<LiveCampaign> running = new ArrayList<>();
        for (Campaign campaign : campaigns) {
            int index = offersById.get(campaign.campaignId());
            if (campaign.spec().startDate() <= day && day <= campaign.spec().endDate()) {
                running.add(new LiveCampaign(campaign, deliveries[index], new Engagement(impressionsByBin[index], clicksByBin[index])));
            }
        }
        UUID clientId = world.clients().get(client).clientId();
        AdChoice choice = selector.choose(world.clients().get(client), day, new Market(running),
                new ClientHistory(seen.get(client), clicked.get(client)), ClientScores.of(scores.getOrDefault(clientId, Map.of())));
        AdOption shown = choice.fresh().best().or(() -> choice.repeats().best()).orElse(null);
        if (shown == null) {
            return OptionalInt.empty();
        }
        int index = offersById.get(shown.campaign().campaignId());
        if (!shown.repeat()) {
            seen.get(client).add(shown.campaign().campaignId());
            deliveries[index] = new Delivery(deliveries[index].impressions() + 1, deliveries[index].clicks());
            impressionsByBin[index][shown.relevance().bin()]++;
            binOfImpression.put(pair(client, index), shown.relevance().bin());
        }
        return OptionalInt.of(index);
    }

    @Override
    public void click(int client, int offer) {
        if (clicked.get(client).add(campaigns[offer].campaignId())) {
            deliveries[offer] = new Delivery(deliveries[offer].impressions(), deliveries[offer].clicks() + 1);
            clicksByBin[offer][binOfImpression.get(pair(client, offer))]++;
        }
    }

    @Override
    public Outcome.Service service() {
        return Outcome.Service.IN_PROCESS;
    }

    private long pair(int client, int offer) {
        return (long) client * world.offers().size() + offer;
    }
}

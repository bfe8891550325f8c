package adengine.bench.quality;

import adengine.bench.quality.World.Offer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What changes in the market at the start of a day, as in real life: advertisers re-price some
 * running campaigns, and the ML pipeline re-scores some clients. Drawn from the world's seed only,
 * so every contender gets the same changes.
 */
record Changes(List<PriceChange> prices, List<ScoreChange> scores) {
    private static final long PURPOSE = 3;
    /** Share of the running campaigns re-priced each day. */
    private static final double REPRICED = 0.1;
    /** Share of the clients re-scored each day, for a few advertisers each. */
    private static final double RESCORED = 0.03;
    private static final int ADVERTISERS_PER_RESCORE = 3;

    record PriceChange(int offer, BigDecimal costPerImpression, BigDecimal costPerClick) {
    }

    record ScoreChange(UUID clientId, UUID advertiserId, long score) {
    }

    /** The changes at the start of {@code day}, given the prices as they are. */
    static Changes on(World world, int day, Map<Integer, Prices> current) {
        SplittableRandom random = world.random(PURPOSE, day, 0, 0);
        List<PriceChange> prices = new ArrayList<>();
        for (Offer offer : world.offers()) {
            if (offer.spec().startDate() <= day && day <= offer.spec().endDate() && random.nextDouble() < REPRICED) {
                Prices now = current.get(offer.index());
                prices.add(new PriceChange(offer.index(), scale(now.costPerImpression(), random), scale(now.costPerClick(), random)));
            }
        }
        List<UUID> advertisers = List.copyOf(world.advertisers().keySet());
        List<ScoreChange> scores = new ArrayList<>();
        world.clients().forEach(client -> {
            if (random.nextDouble() < RESCORED) {
                for (int i = 0; i < ADVERTISERS_PER_RESCORE; i++) {
                    scores.add(new ScoreChange(client.clientId(), advertisers.get(random.nextInt(advertisers.size())),
                            world.distribution().draw(random)));
                }
            }
        });
        return new Changes(prices, scores);
    }

    /** A campaign's prices at a moment of the play. */
    record Prices(BigDecimal costPerImpression, BigDecimal costPerClick) {
    }

    private static BigDecimal scale(BigDecimal price, SplittableRandom random) {
        return Worlds.money(price.doubleValue() * (0.7 + 0.7 * random.nextDouble()));
    }
}

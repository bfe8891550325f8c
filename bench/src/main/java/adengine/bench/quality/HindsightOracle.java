package adengine.bench.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An oracle that knows the future: every request still to come, with the client's ML score for
 * each campaign on that day, and every true click chance. It gives a campaign's remaining
 * impressions to its most relevant future clients: a new show is worth the client's score less the
 * campaign's threshold, the score of the r-th best client still to come (r its impressions left),
 * so a campaign that many better clients will ask for is kept for them; a repeat is worth its
 * true expected click income. It plays by the contract's rules (an unseen eligible campaign first)
 * and is shown for reference, never as the yardstick: no server can know the future.
 */
final class HindsightOracle implements Formula {
    static final String NAME = "oracle: hindsight threshold";

    /** A future request by a client for which the campaign was eligible, with the client's score that day. */
    private record Request(int day, int client, long score) {
    }

    /** A campaign's threshold as computed on a day at a number of impressions. */
    private record Threshold(int day, int impressions, double score) {
    }

    private final Referee referee;
    /** Per campaign, its eligible future requests, best score first. */
    private final Map<Integer, List<Request>> requests;
    private final Map<Integer, Threshold> thresholds = new HashMap<>();

    /** The oracle for a play of the world judged by {@code referee}. */
    HindsightOracle(World world, Referee referee) {
        this.referee = referee;
        this.requests = requestsOf(world);
    }

    /** Plays the world once without showing anything, to learn which client will ask for what and when. */
    private static Map<Integer, List<Request>> requestsOf(World world) {
        Referee scan = new Referee(world);
        Map<Integer, List<Request>> requests = new HashMap<>();
        Game.play(world, "scan of the requests", new AdServer() {
            @Override
            public OptionalInt serve(int client) {
                for (Candidate candidate : scan.candidates(client)) {
                    requests.computeIfAbsent(candidate.offer().index(), offer -> new ArrayList<>())
                            .add(new Request(scan.day(), client, scoreOf(candidate)));
                }
                return OptionalInt.empty();
            }

            @Override
            public Outcome.Service service() {
                return Outcome.Service.IN_PROCESS;
            }
        }, scan);
        requests.values().forEach(list -> list.sort(Comparator.comparingLong(Request::score).reversed()));
        return requests;
    }

    @Override
    public double value(Candidate candidate) {
        return candidate.repeat()
                ? candidate.prices().costPerClick().doubleValue() * candidate.trueClickChance()
                : scoreOf(candidate) - threshold(candidate);
    }

    /**
     * The score of the r-th best client still to ask for the campaign without having seen it (the
     * asking one included); 0 when fewer will. It moves only with the day and the campaign's
     * impressions, so it is kept until one of them does.
     */
    private double threshold(Candidate candidate) {
        int offer = candidate.offer().index();
        Threshold known = thresholds.get(offer);
        if (known != null && known.day() == referee.day() && known.impressions() == candidate.impressions()) {
            return known.score();
        }
        int left = Math.max(1, candidate.offer().spec().impressionsLimit() - candidate.impressions());
        Set<Integer> counted = new HashSet<>();
        double score = 0;
        for (Request request : requests.getOrDefault(offer, List.of())) {
            if (request.day() >= referee.day() && !referee.saw(request.client(), offer)
                    && counted.add(request.client()) && counted.size() == left) {
                score = request.score();
                break;
            }
        }
        thresholds.put(offer, new Threshold(referee.day(), candidate.impressions(), score));
        return score;
    }

    private static long scoreOf(Candidate candidate) {
        return candidate.score() == null ? 0 : candidate.score();
    }
}

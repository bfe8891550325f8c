package adengine.bench.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Plays a world against one contender: day by day, the day's changes first, then the day's active
 * clients ask for an ad ({@code requestsPerDay} rounds, in a seeded order) and click what was shown with
 * the chance the click model gives. The order and every click's dice depend only on the world's
 * seed, the day, the round and the client, so all contenders face the same draws.
 */
final class Game {
    private static final long ORDER = 1;
    private static final long CLICK = 2;
    private static final long ACTIVE = 4;

    private Game() {
    }

    static Outcome play(World world, String contender, AdServer server, Referee referee) {
        for (int day = world.firstDay(); day <= world.lastDay(); day++) {
            referee.startDay(day);
            server.startDay(day);
            if (day > world.firstDay()) {
                Changes changes = Changes.on(world, day, referee.prices());
                referee.apply(changes);
                server.apply(changes);
            }
            for (int round = 0; round < world.requestsPerDay(); round++) {
                for (int client : order(world, day, round)) {
                    OptionalInt shown = server.serve(client);
                    boolean repeat = referee.judge(client, shown);
                    if (shown.isPresent() && world.random(CLICK, day, round, client).nextDouble()
                            < referee.clickChance(client, shown.getAsInt(), repeat)) {
                        referee.clicked(client, shown.getAsInt());
                        server.click(client, shown.getAsInt());
                    }
                }
            }
        }
        return referee.outcome(contender, server.service());
    }

    private static List<Integer> order(World world, int day, int round) {
        List<Integer> order = new ArrayList<>(world.clients().size());
        for (int i = 0; i < world.clients().size(); i++) {
            if (world.random(ACTIVE, day, 0, i).nextDouble() < world.activeShare()) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(world.random(ORDER, day, round, 0).nextLong()));
        return order;
    }
}

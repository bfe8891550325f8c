package adengine.bot.telegram;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the updates of one chat one after another, in arrival order, and different chats side by
 * side on a shared pool, so that a slow language-model call in one chat never delays another.
 */
final class ChatLanes {
    private static final Logger LOG = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService pool;
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatLanes(ExecutorService pool) {
        this.pool = Objects.requireNonNull(pool);
    }

    void submit(long chatId, Runnable task) {
        CompletableFuture<Void> tail = tails.compute(chatId, (id, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous).thenRunAsync(() -> run(task), pool));
        // the lane is forgotten once its last task is done; a newer task keeps it alive
        tail.whenComplete((done, failure) -> tails.remove(chatId, tail));
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("An update failed outside the conversation's own error handling", e);
        }
    }
}

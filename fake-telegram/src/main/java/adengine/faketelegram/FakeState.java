package adengine.faketelegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Everything the fake knows, behind one lock: the HTTP handlers and the test thread both change it,
 * and every change wakes whoever waits (long polls, awaitScreen, awaitMessage).
 */
final class FakeState {

    /** A callback query sent to the bot, waiting for answerCallbackQuery. */
    static final class PendingCallback {
        final ChatRoom room;
        final String description;
        boolean answered;

        PendingCallback(ChatRoom room, String description) {
            this.room = room;
            this.description = description;
        }
    }

    final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    final ObjectMapper json = new ObjectMapper();
    final ObjectNode botUser;
    /** Chats by their id. */
    final Map<Long, ChatRoom> rooms = new LinkedHashMap<>();
    /** Each user's view of a chat, by chat id and user id. */
    final Map<List<Long>, FakeChat> members = new LinkedHashMap<>();
    final Map<String, PendingCallback> callbacks = new LinkedHashMap<>();
    final UpdateQueue updates = new UpdateQueue();
    final FileStore files = new FileStore();
    private long nextCallbackId = 4_300_000_000_000_001L;
    boolean closed;

    FakeState(long botId) {
        botUser = json.createObjectNode();
        botUser.put("id", botId).put("is_bot", true).put("first_name", "AdEngine test bot")
                .put("username", FakeTelegram.BOT_USERNAME).put("can_join_groups", false)
                .put("can_read_all_group_messages", false).put("supports_inline_queries", false);
    }

    /** Call with the lock held after any change. */
    void changed() {
        changed.signalAll();
    }

    void addUpdate(String kind, ObjectNode payload) {
        ObjectNode update = json.createObjectNode();
        update.set(kind, payload);
        updates.add(update);
        changed();
    }

    String newCallbackId() {
        return Long.toString(nextCallbackId++);
    }

    int now() {
        return (int) (System.currentTimeMillis() / 1000);
    }

    /**
     * Waits (lock held) until {@code check} gives a non-null value, the timeout passes or the fake
     * closes; returns the last value of {@code check}, null when it never matched.
     */
    <T> T await(Duration timeout, Supplier<T> check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T result = check.get();
        long left = timeout.toNanos();
        while (result == null && left > 0 && !closed) {
            try {
                changed.awaitNanos(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            result = check.get();
            left = deadline - System.nanoTime();
        }
        return result;
    }
}

package adengine.faketelegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Updates waiting for the bot; getUpdates with an offset confirms (drops) every earlier one. Guarded by the fake's lock. */
final class UpdateQueue {

    private final List<ObjectNode> pending = new ArrayList<>();
    private long nextId = 100_000_001L;

    void add(ObjectNode update) {
        update.put("update_id", nextId++);
        pending.add(update);
    }

    void confirmBelow(long offset) {
        if (offset > nextId) {
            // the bot's last updates came from another server (this fake before a restart): carry on
            // after them, as Telegram's ids only grow, or the bot would take the waiting ones as seen
            nextId = offset;
            pending.forEach(update -> update.put("update_id", nextId++));
        }
        pending.removeIf(update -> update.get("update_id").asLong() < offset);
    }

    ArrayNode batch(ObjectMapper json, long offset, int limit) {
        ArrayNode batch = json.createArrayNode();
        for (ObjectNode update : pending) {
            if (batch.size() < limit && update.get("update_id").asLong() >= offset) {
                batch.add(update);
            }
        }
        return batch;
    }

    int size() {
        return pending.size();
    }
}

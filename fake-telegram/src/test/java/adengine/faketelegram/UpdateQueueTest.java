package adengine.faketelegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class UpdateQueueTest {

    private final ObjectMapper json = new ObjectMapper();
    private final UpdateQueue queue = new UpdateQueue();

    @Test
    void anOffsetConfirmsTheUpdatesBeforeIt() {
        queue.add(update("a"));
        queue.add(update("b"));
        long first = ids(queue.batch(json, 0, 100)).get(0);

        queue.confirmBelow(first + 1);

        assertEquals(List.of("b"), texts(queue.batch(json, first + 1, 100)));
        assertEquals(1, queue.size());
    }

    @Test
    void aBotThatPolledAnotherServerGetsTheWaitingUpdatesNumberedAfterItsOffset() {
        queue.add(update("/start"));
        queue.add(update("hello"));

        queue.confirmBelow(900_000_000L);

        JsonNode batch = queue.batch(json, 900_000_000L, 100);
        assertEquals(List.of("/start", "hello"), texts(batch));
        assertEquals(List.of(900_000_000L, 900_000_001L), ids(batch));
        queue.add(update("next"));
        assertEquals(List.of(900_000_002L), ids(queue.batch(json, 900_000_002L, 100)));
    }

    private ObjectNode update(String text) {
        ObjectNode update = json.createObjectNode();
        update.putObject("message").put("text", text);
        return update;
    }

    private static List<Long> ids(JsonNode batch) {
        return StreamSupport.stream(batch.spliterator(), false).map(u -> u.get("update_id").asLong()).collect(Collectors.toList());
    }

    private static List<String> texts(JsonNode batch) {
        return StreamSupport.stream(batch.spliterator(), false).map(u -> u.at("/message/text").asText()).collect(Collectors.toList());
    }
}

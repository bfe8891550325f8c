package adengine.bot.conversation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One user's conversation in one chat: the dialog state and the values entered so far, stored between turns. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Session {
    private State state;
    private final Map<String, String> values;

    @JsonCreator
    Session(@JsonProperty("state") State state, @JsonProperty("values") Map<String, String> values) {
        this.state = state == null ? State.IDLE : state;
        this.values = values == null ? new TreeMap<>() : new TreeMap<>(values);
    }

    static Session fresh() {
        return new Session(State.IDLE, null);
    }

    public State state() {
        return state;
    }

    public void state(State next) {
        state = next;
    }

    /** Leaves any dialog and forgets what it collected. */
    public void reset() {
        state = State.IDLE;
        values.clear();
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public void put(String key, String value) {
        values.put(key, value);
    }

    public void remove(String key) {
        values.remove(key);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    boolean isEmpty() {
        return state == State.IDLE && values.isEmpty();
    }
}

package adengine.bot.conversation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One user's conversation in one chat: the dialog state and the values entered so far, stored
 * between turns, and the last texts buttons refer to by a key (searches), which outlive dialogs.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Session {
    /** Enough for the searches of the lists a user moves between; older keys are forgotten first. */
    static final int REMEMBERED = 16;
    private static final int KEY_LENGTH = 8;

    private State state;
    private final Map<String, String> values;
    private final Map<String, String> remembered;

    @JsonCreator
    Session(@JsonProperty("state") State state, @JsonProperty("values") Map<String, String> values,
            @JsonProperty("remembered") Map<String, String> remembered) {
        this.state = state == null ? State.IDLE : state;
        this.values = values == null ? new TreeMap<>() : new TreeMap<>(values);
        this.remembered = remembered == null ? new LinkedHashMap<>() : new LinkedHashMap<>(remembered);
    }

    static Session fresh() {
        return new Session(State.IDLE, null, null);
    }

    public State state() {
        return state;
    }

    public void state(State next) {
        state = next;
    }

    /** Leaves any dialog and forgets what it collected; remembered texts stay, for the buttons already shown. */
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

    /**
     * Keeps {@code text} under a short key that a button can carry where the text (a search of up
     * to 256 characters) would not fit in its 64 bytes; the same text always gets the same key.
     */
    public String remember(String text) {
        String key = Fingerprint.of(text, KEY_LENGTH);
        remembered.remove(key);
        remembered.put(key, text);
        for (Iterator<String> oldest = remembered.keySet().iterator(); remembered.size() > REMEMBERED; ) {
            oldest.next();
            oldest.remove();
        }
        return key;
    }

    /** The text kept under {@code key}; empty once forgotten, or for a key this session never gave. */
    public Optional<String> recall(String key) {
        return Optional.ofNullable(remembered.get(key));
    }

    boolean isEmpty() {
        return state == State.IDLE && values.isEmpty() && remembered.isEmpty();
    }
}

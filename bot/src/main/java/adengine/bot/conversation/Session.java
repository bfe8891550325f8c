package adengine.bot.conversation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One user's conversation in one chat: the dialog state and what its dialog collected so far,
 * stored between turns, and the last texts buttons refer to by a key (searches), which outlive
 * dialogs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Session {
    /** Enough for the searches of the lists a user moves between; older keys are forgotten first. */
    static final int REMEMBERED = 16;
    private static final int KEY_LENGTH = 8;

    private State state;
    private Dialog dialog;
    private final Map<String, String> remembered;

    @JsonCreator
    Session(@JsonProperty("state") State state, @JsonProperty("dialog") Dialog dialog,
            @JsonProperty("remembered") Map<String, String> remembered) {
        // a dialog stored by an older release (loose values) cannot be continued: that user starts over
        this.state = state == null || dialog == null ? State.IDLE : state;
        this.dialog = dialog;
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
        dialog = null;
    }

    /** The dialog under way when it is a {@code type}; empty in another dialog or none. */
    public <D extends Dialog> Optional<D> dialog(Class<D> type) {
        return type.isInstance(dialog) ? Optional.of(type.cast(dialog)) : Optional.empty();
    }

    public void dialog(Dialog next) {
        dialog = next;
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
        return state == State.IDLE && dialog == null && remembered.isEmpty();
    }
}

package adengine.core.moderation;

import java.util.Objects;

/** A text to moderate and the input field it came from; a null text (not sent) is not checked. */
public record ModeratedText(String field, String text) {
    public ModeratedText {
        Objects.requireNonNull(field, "field");
    }
}

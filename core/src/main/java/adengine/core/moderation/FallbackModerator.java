package adengine.core.moderation;

import adengine.core.common.UnavailableException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the primary engine (the language model) and falls back to the word lists when it cannot answer. */
public final class FallbackModerator implements TextModerator {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackModerator.class);

    private final TextModerator primary;
    private final TextModerator fallback;

    public FallbackModerator(TextModerator primary, TextModerator fallback) {
        this.primary = Objects.requireNonNull(primary);
        this.fallback = Objects.requireNonNull(fallback);
    }

    @Override
    public ModerationVerdict check(String text) {
        try {
            return primary.check(text);
        } catch (UnavailableException e) {
            LOG.warn("Moderating with the word lists, the language model did not answer: {}", e.getMessage());
            return fallback.check(text);
        }
    }
}

package adengine.core.moderation;

/** A text was rejected by moderation; nothing was stored. */
public final class ModerationRejectedException extends RuntimeException {
    private final String field;

    public ModerationRejectedException(String field, String reason) {
        super(field + " was rejected by moderation: " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

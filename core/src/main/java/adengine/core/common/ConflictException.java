package adengine.core.common;

/** The request is valid on its own but conflicts with the current state, e.g. a locked field. */
public final class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package adengine.core.common;

/** The request is understood but not allowed in the current state, e.g. a click on an ad never shown. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}

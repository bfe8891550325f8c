package adengine.api.http;

/** The caller may not use an admin endpoint; the message says what it needs. */
public final class UnauthorizedException extends RuntimeException {
    public UnauthorizedException(String message) {
        super(message);
    }
}

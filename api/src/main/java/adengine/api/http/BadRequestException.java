package adengine.api.http;

/** The request itself cannot be read one way only (its path or its method), whatever its body says. */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}

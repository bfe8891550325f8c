package adengine.api.http;

/** The body, or a bulk array in it, is larger than the API accepts. */
public final class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String message) {
        super(message);
    }
}

package adengine.core.common;

/** The input (a body, a bulk array, an image) is larger than accepted. */
public final class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String message) {
        super(message);
    }
}

package adengine.core.common;

/** A dependency the request needs (the object store, the language model) is not configured or not answering. */
public final class UnavailableException extends RuntimeException {
    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

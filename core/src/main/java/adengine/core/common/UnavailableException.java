package adengine.core.common;

/** A dependency the request needs (the object store, the language model, the database) is not configured or not answering. */
public class UnavailableException extends RuntimeException {
    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package adengine.core.common;

/** The input is not of a kind that is accepted, e.g. an upload that is neither a PNG nor a JPEG. */
public final class UnsupportedMediaException extends RuntimeException {
    public UnsupportedMediaException(String message) {
        super(message);
    }
}

package adengine.core.common;

/**
 * The request names something that does not exist (or is deleted, or belongs to someone else).
 * Open for the cases a caller must tell apart, such as {@link adengine.core.ads.NoAdException}.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        this(what + " " + id + " not found");
    }

    protected NotFoundException(String message) {
        super(message);
    }
}

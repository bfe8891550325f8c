package adengine.core.common;

/** The request names something that does not exist (or is deleted, or belongs to someone else). */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}

package adengine.api.http;

/** The admin token is missing or wrong. */
public final class UnauthorizedException extends RuntimeException {
    public UnauthorizedException() {
        super("this endpoint needs the header Authorization: Bearer <admin token>");
    }
}

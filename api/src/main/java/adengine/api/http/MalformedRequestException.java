package adengine.api.http;

/** The body is not JSON, or not the kind of JSON the endpoint takes (an object where an array is expected…). */
public final class MalformedRequestException extends RuntimeException {
    public MalformedRequestException(String message) {
        super(message);
    }
}

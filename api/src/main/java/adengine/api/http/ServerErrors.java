package adengine.api.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors the web server answers itself, outside the routes (an unparsable request line, an
 * ambiguous path, a request during shutdown, a failure that escaped the router), carry the API's
 * JSON error body like every other error, and never a page with a stack trace. Jetty 12 answers
 * them at two levels, the server's and the servlet context's, so there is one handler for each.
 */
final class ServerErrors {
    static final HttpField NOSNIFF = new HttpField("X-Content-Type-Options", "nosniff");

    private final Json json;

    ServerErrors(Json json) {
        this.json = Objects.requireNonNull(json);
    }

    /** For errors found before a request reaches the servlet context. */
    ErrorHandler server() {
        return new ErrorHandler() {
            @Override
            protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                    Callback callback) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.getHeaders().put(NOSNIFF); // an error answer starts from fresh headers
                // Jetty closes the connection after some of these (a NUL in the path): say so, or a
                // client would send its next request on a connection that is gone
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                response.write(true, ByteBuffer.wrap(body(code, message)), callback);
            }

            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
                fields.put(NOSNIFF);
                return ByteBuffer.wrap(body(status, reason));
            }
        };
    }

    /** For errors inside the servlet context, such as a failure the router did not catch. */
    org.eclipse.jetty.ee8.nested.ErrorHandler context() {
        return new org.eclipse.jetty.ee8.nested.ErrorHandler() {
            @Override
            protected void generateAcceptableResponse(org.eclipse.jetty.ee8.nested.Request baseRequest, HttpServletRequest request,
                    HttpServletResponse response, int code, String message) throws IOException {
                baseRequest.setHandled(true);
                response.setContentType("application/json");
                response.setHeader(NOSNIFF.getName(), NOSNIFF.getValue());
                response.getOutputStream().write(body(code, code >= 500 ? null : message));
            }
        };
    }

    private byte[] body(int status, String reason) {
        String error = switch (status) {
            case 404 -> "not_found";
            case 413 -> "payload_too_large";
            case 503 -> "service_unavailable";
            default -> status < 500 ? "bad_request" : "internal_error";
        };
        String message = reason == null || reason.isBlank() ? "the request could not be handled"
                : reason.startsWith("Ambiguous URI") ? "the path is ambiguous (" + reason.substring("Ambiguous URI".length()).strip()
                        + "): percent-encoded characters, empty segments and dot segments are not accepted"
                : reason;
        return json.write(new ErrorBody(error, message)).getBytes(StandardCharsets.UTF_8);
    }
}

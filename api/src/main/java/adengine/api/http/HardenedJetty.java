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
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import spark.embeddedserver.jetty.JettyServerFactory;

/**
 * The Jetty server under Spark, with two changes: the per-connection header cache is off (it
 * matches header values ignoring case, so a later {@code Authorization} header could be read as
 * an earlier one of another case), and errors Jetty answers itself (an unparsable request line, a
 * path climbing above the root) carry the API's JSON error body instead of an HTML page.
 */
public final class HardenedJetty implements JettyServerFactory {
    private final Json json;

    public HardenedJetty(Json json) {
        this.json = Objects.requireNonNull(json);
    }

    @Override
    public Server create(int maxThreads, int minThreads, int idleTimeoutMillis) {
        return create(new QueuedThreadPool(maxThreads, minThreads, idleTimeoutMillis));
    }

    @Override
    public Server create(ThreadPool threadPool) {
        Server server = new Server(threadPool) {
            @Override
            protected void doStart() throws Exception {
                for (Connector connector : getConnectors()) {
                    HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                    if (http != null) {
                        http.getHttpConfiguration().setHeaderCacheSize(0);
                        http.getHttpConfiguration().setSendServerVersion(false);
                    }
                }
                super.doStart();
            }
        };
        server.setErrorHandler(new JsonErrorHandler());
        return server;
    }

    private final class JsonErrorHandler extends ErrorHandler {
        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                HttpServletResponse response, int code, String message) throws IOException {
            baseRequest.setHandled(true);
            response.setContentType("application/json");
            response.getOutputStream().write(body(code, message));
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
            return ByteBuffer.wrap(body(status, reason));
        }

        private byte[] body(int status, String reason) {
            String error = status == 404 ? "not_found" : status < 500 ? "bad_request" : "internal_error";
            String message = reason == null ? "the request could not be handled" : reason;
            return json.write(new ErrorBody(error, message)).getBytes(StandardCharsets.UTF_8);
        }
    }
}

package adengine.api.http;

import adengine.core.common.PayloadTooLargeException;
import adengine.core.common.UnavailableException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import spark.Request;

/**
 * Reads each request's body before Spark's router sees it, bounded whatever the client declared:
 * chunked bodies included, reading stops after {@link ServerLimits#maxBodyBytes()}, and the bytes
 * all requests hold together are capped by a shared {@link BodyBudget}, so no number of large
 * bodies can exhaust the heap. A refused body is answered by the error mapper: a route filter
 * registered before the authorization calls {@link #refuseIfTooLarge}. Multipart bodies are left to the servlet container,
 * which bounds them by the route's multipart configuration.
 */
final class BoundedBodies implements Filter {
    private static final String REFUSAL = BoundedBodies.class.getName() + ".refusal";
    private static final int CHUNK = 64 * 1024;

    private final Filter router;
    private final int maxBodyBytes;
    private final BodyBudget budget;

    BoundedBodies(Filter router, ServerLimits limits) {
        this.router = Objects.requireNonNull(router);
        this.maxBodyBytes = limits.maxBodyBytes();
        this.budget = new BodyBudget(limits.bodyBytesInFlight());
    }

    /** Throws why the body was refused (413 too large, 503 too many bodies at once), if it was. */
    static void refuseIfTooLarge(Request request) {
        if (request.raw().getAttribute(REFUSAL) instanceof RuntimeException refusal) {
            throw refusal;
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String contentType = http.getContentType();
        if (http.getContentLengthLong() <= 0 && http.getHeader("Transfer-Encoding") == null) {
            router.doFilter(request, response, null); // nothing to read (GET /ads)
            return;
        }
        if (contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, 10)) {
            // the container's to read and bound; a route may answer without reading it (refused for
            // its type, its ad unknown), and Jetty then closes the connection: say so in advance, or
            // a client would send its next request on a connection that is gone (uploads are rare)
            ((HttpServletResponse) response).setHeader("Connection", "close");
            router.doFilter(request, response, null);
            return;
        }
        Reading reading = new Reading();
        try {
            byte[] body = reading.read(http);
            router.doFilter(new WithBody(http, body), response, null);
        } finally {
            budget.release(reading.reserved);
        }
    }

    /** One body being read: the bytes reserved from the budget so far. */
    private final class Reading {
        private long reserved;

        byte[] read(HttpServletRequest request) throws IOException {
            if (request.getContentLengthLong() > maxBodyBytes) {
                // refused on its declaration: nothing is read, the connection closes after the answer
                request.setAttribute(REFUSAL, tooLarge());
                return new byte[0];
            }
            InputStream in = request.getInputStream();
            byte[] chunk = new byte[CHUNK];
            try {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                for (int count = in.read(chunk); count >= 0; count = in.read(chunk)) {
                    if (body.size() + count > maxBodyBytes) {
                        throw tooLarge();
                    }
                    if (body.size() + count > reserved) {
                        budget.reserve(CHUNK);
                        reserved += CHUNK;
                    }
                    body.write(chunk, 0, count);
                }
                return body.toByteArray();
            } catch (PayloadTooLargeException | UnavailableException refusal) {
                request.setAttribute(REFUSAL, refusal);
                discardAtMost(in, chunk, maxBodyBytes);
                return new byte[0];
            }
        }

        /**
         * Reads and drops what the client still sends, up to a bound, so that the refusal reaches
         * it as a complete answer; a client sending more than that has its connection closed.
         */
        private static void discardAtMost(InputStream in, byte[] scratch, long bound) throws IOException {
            long discarded = 0;
            for (int count = in.read(scratch); count >= 0 && discarded < bound; count = in.read(scratch)) {
                discarded += count;
            }
        }

        private PayloadTooLargeException tooLarge() {
            return new PayloadTooLargeException("the body is larger than " + (maxBodyBytes >> 20) + " MiB");
        }
    }

    /** The request with its body already read: Spark and the routes read it from memory. */
    private static final class WithBody extends HttpServletRequestWrapper {
        private final byte[] body;

        WithBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already");
                }
            };
        }
    }
}

package adengine.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Request;
import spark.Service;

/**
 * When an admin token is configured, every endpoint but the ad slot's and the operational ones
 * needs {@code Authorization: Bearer <token>}. Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, which takes the same time wherever they differ.
 */
public final class AdminAuthentication {
    private static final Logger LOG = LoggerFactory.getLogger(AdminAuthentication.class);
    private static final String BEARER = "Bearer ";
    private static final List<String> PUBLIC_PATHS = List.of("/health", "/openapi.yaml", "/docs");

    private final byte[] tokenDigest;

    /** {@code token} null or blank leaves the admin API open. */
    public AdminAuthentication(String token) {
        this.tokenDigest = token == null || token.isBlank() ? null : sha256(token);
    }

    public void register(Service http) {
        if (tokenDigest == null) {
            LOG.warn("ADMIN_API_TOKEN is not set: the admin API is open to anyone who can reach this port");
            return;
        }
        http.before((req, res) -> {
            if (!isPublic(req) && !hasToken(req)) {
                throw new UnauthorizedException();
            }
        });
    }

    private static boolean isPublic(Request req) {
        String path = req.pathInfo();
        if (PUBLIC_PATHS.contains(path) || path.startsWith("/docs/")) {
            return true;
        }
        boolean adSlot = path.equals("/ads") && "GET".equals(req.requestMethod());
        boolean click = path.startsWith("/ads/") && path.endsWith("/click") && "POST".equals(req.requestMethod());
        boolean image = path.startsWith("/ads/") && path.endsWith("/image") && "GET".equals(req.requestMethod());
        return adSlot || click || image;
    }

    private boolean hasToken(Request req) {
        String header = req.headers("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, sha256(header.substring(BEARER.length()).trim()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

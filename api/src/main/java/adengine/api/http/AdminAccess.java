package adengine.api.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Who may use the admin API and read the metrics. With an admin token configured: whoever sends
 * {@code Authorization: Bearer <token>}. Without one: only clients on this machine (a loopback
 * address) that did not come through a proxy, so that a server reachable from the network is
 * never open by default while {@code curl localhost} keeps working. Tokens are compared as
 * SHA-256 digests with {@link MessageDigest#isEqual}, which takes the same time wherever they differ.
 */
public final class AdminAccess {
    private static final String BEARER = "Bearer ";
    /** A request that carries one of these was relayed by a proxy, so its loopback address says nothing about its origin. */
    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    private final byte[] tokenDigest;

    private AdminAccess(byte[] tokenDigest) {
        this.tokenDigest = tokenDigest;
    }

    /** {@code token} null or blank: only local clients are let in. */
    public static AdminAccess of(String token) {
        return new AdminAccess(token == null || token.isBlank() ? null : sha256(token));
    }

    public boolean hasToken() {
        return tokenDigest != null;
    }

    /**
     * Whether a request with these headers (looked up by name, case-insensitively) from the
     * numeric address {@code client} (null when unknown) is let in.
     */
    public boolean allows(UnaryOperator<String> headers, String client) {
        if (tokenDigest != null) {
            String authorization = headers.apply("Authorization");
            return authorization != null && authorization.startsWith(BEARER)
                    && MessageDigest.isEqual(tokenDigest, sha256(authorization.substring(BEARER.length()).trim()));
        }
        return isLoopback(client) && FORWARDING_HEADERS.stream().allMatch(name -> headers.apply(name) == null);
    }

    /** What a refused caller is told. */
    public String refusal() {
        return tokenDigest != null
                ? "this endpoint needs the header Authorization: Bearer <admin token>"
                : "ADMIN_API_TOKEN is not set, so this endpoint answers only requests made on the server's own machine"
                        + " (loopback, not through a proxy); start the server with ADMIN_API_TOKEN=<secret> and send"
                        + " Authorization: Bearer <secret>";
    }

    /**
     * Parses only numeric addresses, so no name server is asked; {@code getByName} must never see
     * null or "", for which it answers the loopback address.
     */
    static boolean isLoopback(String address) {
        if (address == null || address.isEmpty() || !address.chars().allMatch(AdminAccess::isAddressCharacter)) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isAddressCharacter(int c) {
        return Character.digit(c, 16) >= 0 || c == '.' || c == ':' || c == '[' || c == ']';
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

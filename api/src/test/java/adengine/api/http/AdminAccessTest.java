package adengine.api.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminAccessTest {
    private static final AdminAccess WITHOUT_TOKEN = AdminAccess.of(null);
    private static final AdminAccess WITH_TOKEN = AdminAccess.of("s3cret");

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1", "::1", "[::1]", "::ffff:127.0.0.1"})
    void withoutATokenALoopbackClientIsLetIn(String address) {
        assertTrue(WITHOUT_TOKEN.allows(headers(Map.of()), address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.7", "192.168.1.20", "172.17.0.1", "203.0.113.9", "0.0.0.0", "::", "fe80::1",
            "2001:db8::1", "::ffff:10.0.0.7", "localhost", "", "not an address"})
    void withoutATokenAnyOtherClientIsRefused(String address) {
        assertFalse(WITHOUT_TOKEN.allows(headers(Map.of()), address), address);
    }

    @Test
    void withoutATokenAnUnknownClientIsRefused() {
        assertFalse(WITHOUT_TOKEN.allows(headers(Map.of()), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Forwarded", "X-Forwarded-For", "x-real-ip"})
    void withoutATokenALoopbackClientRelayedByAProxyIsRefused(String header) {
        assertFalse(WITHOUT_TOKEN.allows(headers(Map.of(header, "203.0.113.9")), "127.0.0.1"), header);
    }

    @Test
    void withoutATokenTheBearerHeaderOpensNothing() {
        assertFalse(WITHOUT_TOKEN.allows(headers(Map.of("Authorization", "Bearer ")), "10.0.0.7"));
        assertFalse(WITHOUT_TOKEN.allows(headers(Map.of("Authorization", "Bearer anything")), "10.0.0.7"));
    }

    @Test
    void withATokenOnlyTheTokenCountsWhereverTheClientIs() {
        assertTrue(WITH_TOKEN.allows(headers(Map.of("Authorization", "Bearer s3cret")), "203.0.113.9"));
        assertFalse(WITH_TOKEN.allows(headers(Map.of()), "127.0.0.1"), "loopback without the token");
        assertFalse(WITH_TOKEN.allows(headers(Map.of("Authorization", "Bearer S3CRET")), "127.0.0.1"));
        assertFalse(WITH_TOKEN.allows(headers(Map.of("Authorization", "s3cret")), "127.0.0.1"));
    }

    @Test
    void theRefusalSaysHowToGetIn() {
        assertTrue(WITHOUT_TOKEN.refusal().contains("ADMIN_API_TOKEN"), WITHOUT_TOKEN.refusal());
        assertTrue(WITH_TOKEN.refusal().contains("Authorization: Bearer"), WITH_TOKEN.refusal());
    }

    /** Header lookup ignoring case, as servlets and the JDK's HTTP server do it. */
    private static UnaryOperator<String> headers(Map<String, String> values) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(values);
        return byName::get;
    }
}

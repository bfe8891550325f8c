package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /metrics} on METRICS_PORT answers the admin API's callers: the Bearer token when one is set, this machine when none is. */
class MetricsAccessHttpTest {
    private static final String TOKEN = "metrics-test-token";

    @RegisterExtension
    static final TestServer withToken = new TestServer(TOKEN);
    @RegisterExtension
    static final TestServer withoutToken = new TestServer();

    @Test
    void withATokenTheMetricsNeedIt() {
        Reply anonymous = metrics(withToken).send(metrics(withToken).request("/metrics").GET());
        Reply authorized = metrics(withToken).send(metrics(withToken).request("/metrics")
                .header("Authorization", "Bearer " + TOKEN).GET());

        assertEquals(401, anonymous.status(), anonymous.toString());
        assertEquals("Bearer", anonymous.header("WWW-Authenticate"));
        assertFalse(anonymous.body().contains("jvm_"), "no metric in the refusal");
        assertEquals(200, authorized.status(), authorized.toString());
        assertTrue(authorized.body().contains("# TYPE jvm_"), "the metrics with the token");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Bearer wrong", "Bearer " + TOKEN + "x", "Bearer ", TOKEN, "Basic " + TOKEN})
    void withATokenAWrongOneIsRefused(String authorization) {
        HttpClientForTests client = metrics(withToken);

        Reply reply = client.send(client.request("/metrics").header("Authorization", authorization).GET());

        assertEquals(401, reply.status(), authorization);
    }

    @Test
    void withoutATokenThisMachineReadsThemAndAProxiedCallerDoesNot() {
        HttpClientForTests client = metrics(withoutToken);

        Reply local = client.send(client.request("/metrics").GET());
        Reply proxied = client.send(client.request("/metrics").header("X-Forwarded-For", "203.0.113.9").GET());

        assertEquals(200, local.status(), local.toString());
        assertEquals(401, proxied.status(), proxied.toString());
    }

    private static HttpClientForTests metrics(TestServer server) {
        return HttpClientForTests.at("http://127.0.0.1:" + server.metricsPort());
    }
}

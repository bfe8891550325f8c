package adengine.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.api.http.ServerLimits;
import adengine.app.Application;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web server as a hostile client meets it: bodies are bounded however they are sent, a
 * body's JSON cannot grow a tree beyond its worth, idle and half-open connections are closed,
 * the chunk-extension smuggling pattern is refused. The server runs with a short idle timeout so
 * the test need not wait long.
 */
class WebServerHttpTest {
    private static final int MIB = 1024 * 1024;
    /** Idle connections close after 3 s: longer than a body waits for memory (2 s), short enough for the test. */
    private static final ServerLimits LIMITS = new ServerLimits(64, Duration.ofSeconds(3), Duration.ofSeconds(5),
            16 * MIB, 48L * MIB);
    private static Application application;
    private static HttpClientForTests http;

    @BeforeAll
    static void start() {
        application = Application.start(TestServer.config(null).withServerLimits(LIMITS));
        http = AdFixtures.http(application);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void aChunkedBodyOverSixteenMibIsRefusedWhileItIsRead() throws Exception {
        long sent;
        String answer;
        try (Socket socket = new Socket("127.0.0.1", application.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /ads/" + UUID.randomUUID() + "/click HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            sent = sendChunksUntilRefused(out, 40L * MIB);
            answer = statusLine(socket.getInputStream());
        }

        assertEquals("HTTP/1.1 413 Payload Too Large", answer);
        assertTrue(sent < 40L * MIB, "the server stopped reading after " + sent + " of 40 MiB");
    }

    @Test
    void hugeHostileBodiesAtOnceAreRefusedAndTheServerKeepsServing() throws Exception {
        byte[] emptyObjects = manyEmptyObjects(15 * MIB);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replies.add(pool.submit(() -> http.send(http.request("/ads/" + UUID.randomUUID() + "/click")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(emptyObjects)))));
        }
        for (Future<Reply> reply : replies) {
            int status = reply.get().status();
            assertTrue(status == 400 || status == 413 || status == 503, "refused, never a server error: " + reply.get());
        }
        pool.shutdown();

        assertEquals(200, http.get("/health").status());
    }

    @Test
    void anObjectWithAMillionValuesIsTooLargeWhateverItsBytes() {
        String body = "{\"client_id\": \"" + UUID.randomUUID() + "\", \"padding\": [" + "0,".repeat(999_999) + "0]}";

        Reply reply = http.post("/ads/" + UUID.randomUUID() + "/click", body);

        assertEquals(413, reply.status(), reply.toString());
    }

    @Test
    void idleAndHalfOpenConnectionsAreClosed() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Socket socket = new Socket("127.0.0.1", application.port());
            socket.setSoTimeout(8_000);
            if (i % 2 == 0) {
                // half a request line, never finished
                socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            sockets.add(socket);
        }

        for (Socket socket : sockets) {
            assertClosedByServer(socket);
        }
        assertEquals(200, http.get("/health").status(), "new connections are served once the idle ones are gone");
    }

    @Test
    void aChunkExtensionWithABareLineFeedIsRefusedAndNothingIsSmuggled() throws Exception {
        String smuggled = "GET /time HTTP/1.1\r\nHost: x\r\n\r\n";
        String attack = "POST /time/advance HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"
                + "2;\nxx\r\n" + Integer.toHexString(smuggled.length() + 2) + "\r\n" + smuggled + "\r\n0\r\n\r\n";
        int dayBefore = http.get("/time").json().get("current_date").intValue();

        String answer;
        try (Socket socket = new Socket("127.0.0.1", application.port())) {
            socket.setSoTimeout(3_000);
            socket.getOutputStream().write(attack.getBytes(StandardCharsets.US_ASCII));
            answer = readAll(socket.getInputStream());
        }

        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertEquals(1, answer.split("HTTP/1.1 ", -1).length - 1, "one answer, no smuggled request: " + answer);
        assertEquals(dayBefore, http.get("/time").json().get("current_date").intValue(), "the day did not move");
    }

    /** Sends 64 KiB chunks of spaces until {@code total} or until the server closes; returns the bytes sent. */
    private static long sendChunksUntilRefused(OutputStream out, long total) {
        byte[] chunk = (Integer.toHexString(64 * 1024) + "\r\n" + " ".repeat(64 * 1024) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        long sent = 0;
        try {
            while (sent < total) {
                out.write(chunk);
                sent += 64 * 1024;
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException closedByServer) {
            // the server answered and closed: what it read is all it will read
        }
        return sent;
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    private static void assertClosedByServer(Socket socket) throws IOException {
        try (socket) {
            InputStream in = socket.getInputStream();
            long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            while (System.nanoTime() < deadline) {
                int read = in.read();
                if (read < 0) {
                    return;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server left an idle connection open for 8 s", e);
        } catch (IOException closed) {
            return;
        }
        throw new AssertionError("the server kept talking on an idle connection");
    }

    private static String readAll(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
                text.append(new String(buffer, 0, count, StandardCharsets.US_ASCII));
            }
        } catch (SocketTimeoutException end) {
            // the server keeps the connection open: everything it had to say has arrived
        }
        return text.toString();
    }

    private static byte[] manyEmptyObjects(int bytes) {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) ',');
        body[0] = '[';
        for (int i = 1; i + 2 < bytes; i += 3) {
            body[i] = '{';
            body[i + 1] = '}';
        }
        body[bytes - 1] = ']';
        return body;
    }
}

package adengine.app.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible chat completions server on loopback, for the real openai-java client.
 * Moderation requests (their instructions start with "You moderate") and generation requests get
 * answers set separately; a status other than 200 or a delay longer than the client's timeout
 * simulates a failing or hanging model.
 */
public final class FakeOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Answer generation = new Answer(200, "Fresh coffee every morning.", Duration.ZERO);
    private volatile Answer moderation = new Answer(200, "{\"allowed\": true}", Duration.ZERO);

    private record Answer(int status, String content, Duration delay) {
    }

    private FakeOpenAi(HttpServer server) {
        this.server = server;
    }

    public static FakeOpenAi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeOpenAi fake = new FakeOpenAi(server);
            server.createContext("/v1/chat/completions", fake::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public void generates(String content) {
        generation = new Answer(200, content, Duration.ZERO);
    }

    public void generationFails(int status) {
        generation = new Answer(status, null, Duration.ZERO);
    }

    public void generationHangs(Duration delay) {
        generation = new Answer(200, "too late", delay);
    }

    public void moderationAnswers(String verdictJson) {
        moderation = new Answer(200, verdictJson, Duration.ZERO);
    }

    public void moderationHangs(Duration delay) {
        moderation = new Answer(200, "{\"allowed\": true}", delay);
    }

    public void moderationFails(int status) {
        moderation = new Answer(status, null, Duration.ZERO);
    }

    /** The request bodies received, oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        Answer answer = body.contains("You moderate") ? moderation : generation;
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] response = (answer.status() == 200 ? completion(answer.content())
                : "{\"error\": {\"message\": \"model failure\", \"type\": \"server_error\"}}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(answer.status(), response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        } catch (IOException e) {
            // the client gave up waiting
        }
    }

    private static String completion(String content) {
        ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-test")
                .put("object", "chat.completion")
                .put("created", 1_700_000_000L)
                .put("model", "test-model");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

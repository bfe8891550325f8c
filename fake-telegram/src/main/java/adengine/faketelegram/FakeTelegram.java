package adengine.faketelegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A Telegram Bot API server on loopback for end-to-end tests of a bot through the real
 * TelegramBots client: it serves the methods the bot uses, refuses what Telegram refuses, and lets
 * the test act as users in private chats ({@link #chat}) and in groups ({@link #groupMember}).
 */
public final class FakeTelegram implements AutoCloseable {

    public static final String BOT_USERNAME = "adengine_test_bot";
    public static final String DEFAULT_TOKEN = "7000000001:AAFakeTokenForEndToEndTests";

    /** One entry of the bot's menu as set by setMyCommands. */
    public record Command(String command, String description) {
    }

    private final String token;
    private final FakeState state;
    private final BotApiMethods methods;
    private final HttpServer server;
    private final ExecutorService executor;
    // guarded by state.lock
    private final List<RejectedCall> rejected = new ArrayList<>();
    private final Map<String, Integer> requestCounts = new HashMap<>();
    private int rateLimitedCalls;
    private int retryAfterSeconds;

    private FakeTelegram(String token, int port) throws IOException {
        this.token = token;
        this.state = new FakeState(Long.parseLong(token.substring(0, token.indexOf(':'))));
        this.methods = new BotApiMethods(state);
        AtomicInteger threads = new AtomicInteger();
        // long polls block a thread each, so the server needs more than the default single thread
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-telegram-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeTelegram start() {
        return start(DEFAULT_TOKEN);
    }

    /** Starts on a free loopback port; the token must look like Telegram's ({@code <bot id>:<secret>}). */
    public static FakeTelegram start(String token) {
        return start(token, 0);
    }

    /** Starts on this loopback port (0: a free one), where a program configured by hand can find it. */
    public static FakeTelegram start(String token, int port) {
        if (!token.matches("\\d+:[\\w-]+")) {
            throw new IllegalArgumentException("A bot token looks like 123456:secret, not " + token);
        }
        try {
            return new FakeTelegram(token, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String token() {
        return token;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}: the base of file downloads, which the library does not route itself. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Where a file_path from getFile is downloaded. */
    public String fileUrl(String filePath) {
        return baseUrl() + "/file/bot" + token + "/" + filePath;
    }

    /** The private chat with this user, created on first use. */
    public FakeChat chat(long userId, String languageCode) {
        return member(userId, "private", "User" + userId, userId, languageCode);
    }

    /**
     * This user in a group chat (a negative id, as Telegram gives groups), created on first use; the
     * members of one group see the same messages.
     */
    public FakeChat groupMember(long groupId, String title, long userId, String languageCode) {
        if (groupId >= 0) {
            throw new IllegalArgumentException("Telegram's group ids are negative, not " + groupId);
        }
        return member(groupId, "group", title, userId, languageCode);
    }

    private FakeChat member(long chatId, String type, String name, long userId, String languageCode) {
        state.lock.lock();
        try {
            ChatRoom room = state.rooms.computeIfAbsent(chatId, id -> new ChatRoom(state, id, type, name));
            if (!room.type.equals(type)) {
                throw new IllegalArgumentException("chat " + chatId + " is a " + room.type + " chat");
            }
            return state.members.computeIfAbsent(List.of(chatId, userId), key -> new FakeChat(state, room, userId, languageCode));
        } finally {
            state.lock.unlock();
        }
    }

    /** The next {@code calls} send/edit calls (not sendChatAction) answer 429 with this retry_after. */
    public void rateLimitNext(int calls, int retryAfterSeconds) {
        state.lock.lock();
        try {
            this.rateLimitedCalls = calls;
            this.retryAfterSeconds = retryAfterSeconds;
        } finally {
            state.lock.unlock();
        }
    }

    /** Ids of callback queries the bot has not answered (yet). */
    public List<String> unansweredCallbacks() {
        state.lock.lock();
        try {
            return state.callbacks.entrySet().stream().filter(e -> !e.getValue().answered)
                    .map(Map.Entry::getKey).collect(Collectors.toList());
        } finally {
            state.lock.unlock();
        }
    }

    /** Gives the bot {@code grace} to answer every button press so far, then fails naming those left unanswered. */
    public void assertAllCallbacksAnswered(Duration grace) {
        state.lock.lock();
        try {
            Boolean done = state.await(grace, () -> state.callbacks.values().stream().allMatch(c -> c.answered) ? true : null);
            if (done == null) {
                throw new AssertionError("Button presses never answered with answerCallbackQuery (the user's "
                        + "button keeps spinning): " + state.callbacks.entrySet().stream()
                        .filter(e -> !e.getValue().answered)
                        .map(e -> e.getKey() + " " + e.getValue().description).collect(Collectors.joining(", ")));
            }
        } finally {
            state.lock.unlock();
        }
    }

    /** Calls refused as Telegram would refuse them (injected 429s not included). */
    public List<RejectedCall> rejectedCalls() {
        state.lock.lock();
        try {
            return List.copyOf(rejected);
        } finally {
            state.lock.unlock();
        }
    }

    public void assertNoRejectedCalls() {
        List<RejectedCall> calls = rejectedCalls();
        if (!calls.isEmpty()) {
            throw new AssertionError("Telegram would have refused " + calls.size() + " call(s):\n  "
                    + calls.stream().map(RejectedCall::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** The default menu commands (setMyCommands without language_code). */
    public List<Command> commands() {
        return commands("");
    }

    public List<Command> commands(String languageCode) {
        state.lock.lock();
        try {
            return methods.commands.getOrDefault(languageCode, List.of());
        } finally {
            state.lock.unlock();
        }
    }

    /** How many times the bot called this method (any spelling), refused calls included. */
    public int requestCount(String method) {
        state.lock.lock();
        try {
            return requestCounts.getOrDefault(method.toLowerCase(Locale.ROOT), 0);
        } finally {
            state.lock.unlock();
        }
    }

    /** Waits until the bot has asked for updates at least once; false when it has not within the timeout. */
    public boolean awaitPolling(Duration timeout) {
        state.lock.lock();
        try {
            return state.await(timeout, () -> requestCounts.containsKey("getupdates") ? Boolean.TRUE : null) != null;
        } finally {
            state.lock.unlock();
        }
    }

    /** Updates not yet confirmed by a later getUpdates offset. */
    public int unconfirmedUpdates() {
        state.lock.lock();
        try {
            return state.updates.size();
        } finally {
            state.lock.unlock();
        }
    }

    /** Stops the server; pending long polls return at once. Leaves no thread running. */
    @Override
    public void close() {
        state.lock.lock();
        try {
            if (state.closed) {
                return;
            }
            state.closed = true;
            state.changed();
        } finally {
            state.lock.unlock();
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (path.startsWith("/file/bot")) {
                download(exchange, path.substring("/file/bot".length()));
            } else if (path.startsWith("/bot")) {
                ObjectNode answer = api(path.substring("/bot".length()), exchange, body);
                int status = answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt();
                send(exchange, status, "application/json", state.json.writeValueAsBytes(answer));
            } else {
                send(exchange, 404, "application/json", state.json.writeValueAsBytes(error(BotApiException.of(404, "Not Found"))));
            }
        }
    }

    private ObjectNode api(String tokenAndMethod, HttpExchange exchange, byte[] body) {
        int slash = tokenAndMethod.indexOf('/');
        String method = slash < 0 ? "" : tokenAndMethod.substring(slash + 1).toLowerCase(Locale.ROOT);
        state.lock.lock();
        try {
            requestCounts.merge(method, 1, Integer::sum);
            state.changed();
            ApiRequest request = null;
            try {
                if (method.isEmpty()) {
                    throw BotApiException.of(404, "Not Found");
                }
                if (!tokenAndMethod.substring(0, slash).equals(token)) {
                    throw BotApiException.of(401, "Unauthorized");
                }
                request = ApiRequest.parse(state.json, method, exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body);
                rateLimit(method);
                ObjectNode answer = state.json.createObjectNode().put("ok", true);
                answer.set("result", methods.call(request));
                return answer;
            } catch (BotApiException e) {
                if (e.errorCode != 429) {
                    String summary = request == null ? exchange.getRequestURI().getRawPath().replace(token, "<token>")
                            : request.toString();
                    rejected.add(new RejectedCall(method, e.errorCode, e.getMessage(),
                            summary.length() > 400 ? summary.substring(0, 400) + "…" : summary));
                }
                return error(e);
            }
        } finally {
            state.lock.unlock();
        }
    }

    private void rateLimit(String method) {
        boolean limited = (method.startsWith("send") && !method.equals("sendchataction")) || method.startsWith("edit");
        if (limited && rateLimitedCalls > 0) {
            rateLimitedCalls--;
            throw BotApiException.tooManyRequests(retryAfterSeconds);
        }
    }

    private ObjectNode error(BotApiException e) {
        ObjectNode error = state.json.createObjectNode().put("ok", false).put("error_code", e.errorCode)
                .put("description", e.getMessage());
        if (e.retryAfter != null) {
            error.putObject("parameters").put("retry_after", e.retryAfter);
        }
        return error;
    }

    private void download(HttpExchange exchange, String tokenAndPath) throws IOException {
        int slash = tokenAndPath.indexOf('/');
        StoredFile file = null;
        if (slash > 0 && tokenAndPath.substring(0, slash).equals(token)) {
            state.lock.lock();
            try {
                file = state.files.byPath(tokenAndPath.substring(slash + 1));
            } finally {
                state.lock.unlock();
            }
        }
        if (file == null) {
            send(exchange, 404, "application/json", state.json.writeValueAsBytes(error(BotApiException.of(404, "Not Found"))));
        } else {
            send(exchange, 200, file.mimeType(), file.bytes());
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public String toString() {
        state.lock.lock();
        try {
            return "FakeTelegram on port " + port() + ", chats " + state.rooms.keySet()
                    .stream().map(String::valueOf).collect(Collectors.joining(", "));
        } finally {
            state.lock.unlock();
        }
    }
}

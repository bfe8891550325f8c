package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.app.AppConfig;
import adengine.app.Application;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.FakeOpenAi;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.TestServer;
import adengine.bot.BotConfig;
import adengine.faketelegram.FakeChat;
import adengine.faketelegram.FakeTelegram;
import adengine.persistence.llm.LanguageModelConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real program with its bot polling a fake Telegram Bot API and its language model a fake
 * OpenAI-compatible server, both on loopback, over the real PostgreSQL, Redis and S3 of the tests.
 * After each test it checks that Telegram would have accepted every call and that every button
 * press was answered.
 */
public final class BotTestServer implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    public static final long ADMIN = 500_001;
    private static final AtomicLong USERS = new AtomicLong(600_000);
    private static final AtomicLong GROUPS = new AtomicLong(1_000_000_000_000L);

    private final Set<Long> admins;
    private final boolean ownRedis;
    private final boolean languageModel;
    private FakeTelegram telegram;
    private FakeOpenAi openAi;
    private AppConfig config;
    private Application application;

    /** A bot whose admin is {@link #ADMIN}. */
    public BotTestServer() {
        this(Set.of(ADMIN));
    }

    /** A bot with these configured admins; with none, the program offers a claim code. */
    public BotTestServer(Set<Long> admins) {
        this(admins, false, true);
    }

    private BotTestServer(Set<Long> admins, boolean ownRedis, boolean languageModel) {
        this.admins = Set.copyOf(admins);
        this.ownRedis = ownRedis;
        this.languageModel = languageModel;
    }

    /**
     * A bot whose admin is {@link #ADMIN}, in a program that starts its own embedded Redis as the
     * zero-config default does, with its data in a folder of its own that survives {@link #restart}.
     */
    public static BotTestServer withOwnRedis() {
        return new BotTestServer(Set.of(ADMIN), true, true);
    }

    /** A bot whose admin is {@link #ADMIN}, in a program with no language model, as without OPENAI_API_KEY. */
    public static BotTestServer withoutLanguageModel() {
        return new BotTestServer(Set.of(ADMIN), false, false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        telegram = FakeTelegram.start();
        openAi = FakeOpenAi.start();
        config = TestServer.config(null)
                .withBot(new BotConfig(telegram.token(), URI.create(telegram.baseUrl()), Duration.ofMillis(300)), admins);
        if (languageModel) {
            config = config.withLanguageModel(
                    new LanguageModelConfig("test-key", openAi.baseUrl(), "test-model", Duration.ofSeconds(20), Duration.ofSeconds(40)));
        }
        if (ownRedis) {
            config = config.withOwnRedis(Path.of("target", "test-data", "bot-" + UUID.randomUUID()));
        }
        start();
    }

    /** After every test: the bot made no call that Telegram would refuse and answered every button press. */
    @Override
    public void afterEach(ExtensionContext context) {
        telegram.assertNoRejectedCalls();
        telegram.assertAllCallbacksAnswered(Duration.ofSeconds(5));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        application.close();
        telegram.close();
        openAi.close();
    }

    private void start() {
        int polls = telegram.requestCount("getUpdates");
        application = Application.start(config);
        awaitPolling(polls);
    }

    /** Where the program keeps its own data: the bot's claim code, and with {@link #withOwnRedis} the Redis data. */
    public Path dataDirectory() {
        return config.dataDirectory();
    }

    /** Stops the program and starts it again over the same database and Redis. */
    public void restart() {
        application.close();
        start();
    }

    private void awaitPolling(int pollsBefore) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (telegram.requestCount("getUpdates") <= pollsBefore) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the bot never polled the fake Telegram server");
            }
            sleep(20);
        }
    }

    public FakeTelegram telegram() {
        return telegram;
    }

    public FakeOpenAi openAi() {
        return openAi;
    }

    public Application application() {
        return application;
    }

    public HttpClientForTests http() {
        return AdFixtures.http(application);
    }

    public FakeChat admin() {
        return telegram.chat(ADMIN, "ru");
    }

    /** A new Telegram user, not bound to anything. */
    public FakeChat stranger(String languageCode) {
        return telegram.chat(USERS.incrementAndGet(), languageCode);
    }

    /** A new group chat: its id, negative as Telegram's are, used by no other test. */
    public static long newGroup() {
        return -GROUPS.incrementAndGet();
    }

    /** A new Telegram user, a member of that group, acting in it. */
    public FakeChat newGroupMember(long groupId, String languageCode) {
        return groupMember(groupId, USERS.incrementAndGet(), languageCode);
    }

    /** The user acting in the group chat (the same group title for every member). */
    public FakeChat groupMember(long groupId, long userId, String languageCode) {
        return telegram.groupMember(groupId, "Group " + -groupId, userId, languageCode);
    }

    /** A new advertiser (created through the REST API) and a new chat bound to it through an invite. */
    public BoundChat boundAdvertiser(String name, String languageCode) {
        String advertiserId = UUID.randomUUID().toString();
        assertEquals(201, http().post("/advertisers/bulk",
                "[{\"advertiser_id\": \"" + advertiserId + "\", \"name\": \"" + name + "\"}]").status());
        return new BoundChat(bindNewChat(UUID.fromString(advertiserId), name, languageCode), UUID.fromString(advertiserId));
    }

    /** A new private chat, bound through an invite to the advertiser of this name. */
    public FakeChat bindNewChat(UUID advertiserId, String name, String languageCode) {
        HttpClientForTests.Reply invite = http().post("/advertisers/" + advertiserId + "/invites", "");
        assertEquals(201, invite.status(), invite.toString());
        FakeChat chat = stranger(languageCode);
        chat.send("/start " + invite.json().get("token").asText());
        chat.awaitMessage(message -> message.contains(name));
        return chat;
    }

    public record BoundChat(FakeChat chat, UUID advertiserId) {
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

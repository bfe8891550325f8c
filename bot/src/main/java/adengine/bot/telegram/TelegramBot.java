package adengine.bot.telegram;

import adengine.bot.BotConfig;
import adengine.bot.BotMetrics;
import adengine.bot.conversation.ConversationEngine;
import adengine.bot.conversation.Incoming;
import adengine.bot.conversation.Texts;
import adengine.core.access.AccessService;
import adengine.core.common.RequestStart;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Polls Telegram and hands each update to the conversation in its chat's lane. When the Bot API
 * cannot be reached at start the REST API keeps running and polling is retried in the background.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final int CHAT_THREADS = 16;
    private static final long CONNECT_RETRY_SECONDS = 10;

    private final BotConfig config;
    private final TelegramClient client;
    private final AccessService access;
    private final ConversationEngine engine;
    private final BotMetrics metrics;
    private final ChatLanes lanes;
    private final ExecutorService chatPool;
    private final ScheduledExecutorService scheduler;
    private final TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication();

    private TelegramBot(BotConfig config, TelegramClient client, AccessService access, ConversationEngine engine, BotMetrics metrics) {
        this.config = config;
        this.client = client;
        this.access = access;
        this.engine = engine;
        this.metrics = metrics;
        this.chatPool = Executors.newFixedThreadPool(CHAT_THREADS, daemonThreads("bot-chat"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("bot-scheduler"));
        this.lanes = new ChatLanes(chatPool);
    }

    /** A client for the configured Bot API server. */
    public static TelegramClient client(BotConfig config) {
        return new OkHttpTelegramClient(config.token(), telegramUrl(config));
    }

    /** Where files the users sent are downloaded from (the library's own download ignores a custom server). */
    public static String fileBaseUrl(BotConfig config) {
        return config.apiUrl().toString().replaceAll("/+$", "") + "/file/bot" + config.token() + "/";
    }

    /** {@code notifiers} look for what to send unasked, each every notice period. */
    public static TelegramBot start(BotConfig config, TelegramClient client, AccessService access, ConversationEngine engine,
            List<Runnable> notifiers, BotMetrics metrics) {
        TelegramBot bot = new TelegramBot(config, Objects.requireNonNull(client), Objects.requireNonNull(access),
                Objects.requireNonNull(engine), Objects.requireNonNull(metrics));
        offerAdminClaim(access);
        bot.scheduler.execute(bot::connect);
        long period = config.noticePeriod().toMillis();
        notifiers.forEach(notifier -> bot.scheduler.scheduleWithFixedDelay(notifier, period, period, TimeUnit.MILLISECONDS));
        return bot;
    }

    /** Points the operator at the claim code while there is no admin; the code itself never reaches the log. */
    private static void offerAdminClaim(AccessService access) {
        try {
            access.offerAdminClaim().ifPresent(where -> LOG.info(
                    "No bot admin yet: send the bot /start followed by the one-time code in {} to become its admin", where));
        } catch (RuntimeException e) {
            LOG.warn("No bot admin yet, and no claim code could be kept ({}): name the admins in BOT_ADMIN_IDS", e.toString());
        }
    }

    /** The menu of commands in each language the bot speaks, and the default one (Russian) for every other client. */
    private void setCommands() throws TelegramApiException {
        client.execute(SetMyCommands.builder().commands(commands(Texts.forLanguage(null))).build());
        for (String language : List.of("ru", "en")) {
            client.execute(SetMyCommands.builder().commands(commands(Texts.forLanguage(language))).languageCode(language).build());
        }
    }

    private static List<BotCommand> commands(Texts texts) {
        return List.of("start", "help", "cancel").stream()
                .map(command -> new BotCommand(command, texts.get("command." + command)))
                .toList();
    }

    private void connect() {
        try {
            polling.registerBot(config.token(), () -> telegramUrl(config), new DefaultGetUpdatesGenerator(), this::consume);
            setCommands();
            String username = client.execute(new GetMe()).getUserName();
            access.recordBotUsername(username);
            LOG.info("Telegram bot @{} is polling {}", username, config.apiUrl());
        } catch (TelegramApiException | RuntimeException e) {
            LOG.warn("Telegram's Bot API at {} is not reachable ({}); retrying in {} s", config.apiUrl(), e.getMessage(),
                    CONNECT_RETRY_SECONDS);
            unregister();
            if (!scheduler.isShutdown()) {
                scheduler.schedule(this::connect, CONNECT_RETRY_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    private void consume(List<Update> updates) {
        for (Update update : updates) {
            Optional<Incoming> incoming = UpdateReader.read(update);
            String type = UpdateReader.type(update);
            incoming.ifPresent(in -> lanes.submit(in.chatId(), () -> {
                long started = System.nanoTime();
                RequestStart.mark();
                try {
                    engine.handle(in);
                } finally {
                    RequestStart.clear();
                }
                metrics.updateHandled(type, System.nanoTime() - started);
            }));
        }
    }

    /** Forgets a session whose start failed too: the library keeps it registered, and would refuse the next attempt. */
    private void unregister() {
        try {
            polling.unregisterBot(config.token());
        } catch (TelegramApiException | RuntimeException e) {
            LOG.debug("Nothing to unregister: {}", e.toString());
        }
    }

    private static TelegramUrl telegramUrl(BotConfig config) {
        boolean https = config.apiUrl().getScheme().equals("https");
        int port = config.apiUrl().getPort() > 0 ? config.apiUrl().getPort() : https ? 443 : 80;
        return new TelegramUrl(config.apiUrl().getScheme(), config.apiUrl().getHost(), port, false);
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            polling.close();
        } catch (Exception e) {
            LOG.warn("Stopping Telegram polling failed: {}", e.toString());
        }
        chatPool.shutdown();
        try {
            if (!chatPool.awaitTermination(10, TimeUnit.SECONDS)) {
                chatPool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            chatPool.shutdownNow();
        }
    }
}

package adengine.bot.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.faketelegram.BotMessage;
import adengine.faketelegram.FakeChat;
import adengine.faketelegram.FakeTelegram;
import adengine.faketelegram.Transcript;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageMedia;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The fake Bot API server, exercised only through the real TelegramBots client and long polling. */
class FakeTelegramTest {

    private static final long USER = 4242;

    private FakeTelegram telegram;
    private TelegramClient client;
    private TelegramBotsLongPollingApplication polling;

    @BeforeEach
    void start() {
        telegram = FakeTelegram.start();
        client = new OkHttpTelegramClient(telegram.token(), telegramUrl());
    }

    @AfterEach
    void stop() throws Exception {
        if (polling != null) {
            polling.close();
        }
        telegram.close();
    }

    @Test
    void updatesArriveInOrderAndTheNextPollConfirmsThem() throws Exception {
        List<Update> received = new CopyOnWriteArrayList<>();
        poll(received::addAll);
        FakeChat chat = telegram.chat(USER, "ru");

        chat.send("/start");
        chat.send("один");
        chat.send("два");

        waitUntil(() -> received.size() == 3);
        assertEquals(List.of("/start", "один", "два"),
                received.stream().map(u -> u.getMessage().getText()).collect(Collectors.toList()));
        for (int i = 1; i < received.size(); i++) {
            assertEquals(received.get(i - 1).getUpdateId() + 1, received.get(i).getUpdateId());
        }
        Message first = received.get(0).getMessage();
        assertEquals("bot_command", first.getEntities().get(0).getType());
        assertEquals(6, first.getEntities().get(0).getLength());
        assertEquals("ru", first.getFrom().getLanguageCode());
        assertEquals(USER, first.getChatId());
        waitUntil(() -> telegram.unconfirmedUpdates() == 0);
        assertEquals(3, received.size(), "a confirmed update is never delivered again");
        assertEquals(1, telegram.requestCount("deleteWebhook"));
        telegram.assertNoRejectedCalls();
    }

    @Test
    void membersOfAGroupShareItsMessagesAndEachSpeaksAsThemselves() throws Exception {
        List<Update> received = new CopyOnWriteArrayList<>();
        poll(received::addAll);
        long group = -1001234567890L;
        FakeChat alice = telegram.groupMember(group, "Team", USER, "ru");
        FakeChat bob = telegram.groupMember(group, "Team", USER + 1, "en");

        alice.send("/start");
        waitUntil(() -> received.size() == 1);
        client.execute(SendMessage.builder().chatId(group).text("hello, group").build());
        bob.send("hi");
        waitUntil(() -> received.size() == 2);

        Message first = received.get(0).getMessage();
        Message second = received.get(1).getMessage();
        assertEquals(group, first.getChatId());
        assertEquals("group", first.getChat().getType());
        assertEquals("Team", first.getChat().getTitle());
        assertEquals(USER, first.getFrom().getId());
        assertEquals(USER + 1, second.getFrom().getId());
        assertEquals(group, bob.chatId());
        assertEquals("hello, group", alice.lastMessage().text());
        assertEquals(alice.lastMessage().messageId(), bob.lastMessage().messageId());
        assertThrows(IllegalArgumentException.class, () -> telegram.groupMember(4242, "not a group id", USER, "ru"));
        telegram.assertNoRejectedCalls();
    }

    @Test
    void callbackDataIsLimitedTo64BytesOfUtf8() throws Exception {
        telegram.chat(USER, "en");
        String ascii64 = "a".repeat(64);
        String cyrillic64Bytes = "я".repeat(32);

        client.execute(menu("ok", ascii64, cyrillic64Bytes));
        assertRefused("BUTTON_DATA_INVALID", () -> client.execute(menu("too long", "a".repeat(65))));
        assertRefused("BUTTON_DATA_INVALID", () -> client.execute(menu("33 letters, 66 bytes", "я".repeat(33))));

        BotMessage sent = telegram.chat(USER, "en").lastMessage();
        assertEquals("ok", sent.text());
        assertTrue(sent.hasButton(ascii64) && sent.hasButton(cyrillic64Bytes));
        assertEquals(2, telegram.rejectedCalls().size());
        assertEquals("sendmessage", telegram.rejectedCalls().get(0).method());
    }

    @Test
    void textsAreCheckedForLengthAfterHtmlParsing() throws Exception {
        telegram.chat(USER, "en");
        client.execute(text("x".repeat(4096), null));
        client.execute(text("<b>" + "x".repeat(4094) + "</b>&amp;", "HTML"));

        assertRefused("message is too long", () -> client.execute(text("x".repeat(4097), null)));
        assertRefused("message text is empty", () -> client.execute(text("<b></b>", "HTML")));
        assertRefused("can't parse entities", () -> client.execute(text("<b>unclosed", "HTML")));
        assertRefused("can't parse entities", () -> client.execute(text("5 < 6", "HTML")));
        assertRefused("message caption is too long", () -> client.execute(SendPhoto.builder().chatId(USER)
                .photo(new InputFile(new ByteArrayInputStream(png(8, 8)), "p.png")).caption("c".repeat(1025)).build()));
        assertEquals(5, telegram.rejectedCalls().size());
    }

    @Test
    void malformedInlineKeyboardsAreRefused() {
        telegram.chat(USER, "en");
        InlineKeyboardButton noAction = InlineKeyboardButton.builder().text("nothing").build();
        assertRefused("Text buttons are unallowed", () -> client.execute(SendMessage.builder().chatId(USER).text("t")
                .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(noAction)).build()).build()));
        assertEquals(1, telegram.rejectedCalls().size());
    }

    @Test
    void editsMustTargetAnExistingMessageAndChangeSomething() throws Exception {
        FakeChat chat = telegram.chat(USER, "ru");
        Message sent = client.execute(menu("Меню", "campaigns"));

        assertRefused("message is not modified: specified new message content and reply markup are exactly the same",
                () -> client.execute(edit(sent.getMessageId(), "Меню", keyboard("campaigns"))));
        assertRefused("message to edit not found", () -> client.execute(edit(999, "Меню", null)));

        client.execute(edit(sent.getMessageId(), "Кампании", keyboard("back")));
        BotMessage screen = chat.awaitScreen(m -> m.text().equals("Кампании"));
        assertTrue(screen.edited() && screen.hasButton("back"));

        client.execute(edit(sent.getMessageId(), "Без кнопок", null));
        assertTrue(chat.lastMessage().buttons().isEmpty(), "an edit without reply_markup drops the keyboard, as in Telegram");
        assertEquals(1, chat.messages().size());
    }

    @Test
    void photosAndDocumentsRoundTripThroughGetFileAndDownload() throws Exception {
        FakeChat chat = telegram.chat(USER, "ru");
        byte[] chart = png(40, 30);

        Message sent = client.execute(SendPhoto.builder().chatId(USER).caption("<b>График</b>").parseMode("HTML")
                .photo(new InputFile(new ByteArrayInputStream(chart), "chart.png")).build());
        String path = client.execute(new GetFile(sent.getPhoto().get(0).getFileId())).getFilePath();
        assertArrayEquals(chart, download(path));
        assertEquals(40, sent.getPhoto().get(0).getWidth());
        assertArrayEquals(chart, chat.lastMessage().photo());
        assertEquals("График", chat.lastMessage().text());

        byte[] csv = "day,clicks\n1,5\n".getBytes(StandardCharsets.UTF_8);
        Message document = client.execute(SendDocument.builder().chatId(USER)
                .document(new InputFile(new ByteArrayInputStream(csv), "report.csv")).build());
        assertEquals("report.csv", document.getDocument().getFileName());
        assertEquals("report.csv", chat.lastMessage().documentName());
        assertArrayEquals(csv, download(client.execute(new GetFile(document.getDocument().getFileId())).getFilePath()));

        List<Update> received = new CopyOnWriteArrayList<>();
        poll(received::addAll);
        chat.sendPhoto(chart);
        waitUntil(() -> !received.isEmpty());
        String fromUser = received.get(0).getMessage().getPhoto().get(0).getFileId();
        assertArrayEquals(chart, download(client.execute(new GetFile(fromUser)).getFilePath()));
        telegram.assertNoRejectedCalls();
    }

    @Test
    void editMessageMediaPutsANewPhotoInTheMessageAsTelegramAllows() throws Exception {
        FakeChat chat = telegram.chat(USER, "ru");
        int id = client.execute(menu("Статистика", "stats")).getMessageId();
        byte[] week = png(40, 30);

        client.execute(editPhoto(id, new InputMediaPhoto(new ByteArrayInputStream(week), "week.png"), "<b>Неделя</b>",
                keyboard("refresh")));
        BotMessage screen = chat.awaitScreen(BotMessage::hasPhoto);
        assertArrayEquals(week, screen.photo());
        assertEquals("Неделя", screen.text());
        assertTrue(screen.edited() && screen.hasButton("refresh"), "a text message gains the photo");

        byte[] month = png(50, 30);
        Message edited = (Message) client.execute(editPhoto(id, new InputMediaPhoto(new ByteArrayInputStream(month), "month.png"),
                "Месяц", null));
        assertArrayEquals(month, chat.lastMessage().photo());
        assertTrue(chat.lastMessage().buttons().isEmpty(), "an edit without reply_markup drops the keyboard");
        assertEquals(1, chat.messages().size());

        String sameFile = edited.getPhoto().get(0).getFileId();
        assertRefused("message is not modified", () -> client.execute(editPhoto(id, new InputMediaPhoto(sameFile), "Месяц", null)));
        assertRefused("message caption is too long",
                () -> client.execute(editPhoto(id, new InputMediaPhoto(sameFile), "x".repeat(1025), null)));
        assertRefused("PHOTO_INVALID_DIMENSIONS", () -> client.execute(editPhoto(id,
                new InputMediaPhoto(new ByteArrayInputStream(png(840, 40)), "strip.png"), "Полоска", null)));
        assertRefused("message to edit not found", () -> client.execute(editPhoto(999, new InputMediaPhoto(sameFile), "Год", null)));
        assertRefused("there is no text in the message to edit", () -> client.execute(edit(id, "Снова текст", null)));
        assertEquals(5, telegram.rejectedCalls().size());
    }

    @Test
    void rateLimitingAnswers429WithRetryAfter() throws Exception {
        telegram.chat(USER, "en");
        telegram.rateLimitNext(1, 7);

        TelegramApiRequestException limited = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(text("hello", null)));
        assertEquals(429, limited.getErrorCode());
        assertEquals(7, limited.getParameters().getRetryAfter());

        client.execute(text("hello", null));
        assertEquals(2, telegram.requestCount("sendMessage"));
        telegram.assertNoRejectedCalls();
    }

    @Test
    void unansweredButtonPressesAreReported() throws Exception {
        FakeChat chat = telegram.chat(USER, "en");
        poll(updates -> updates.stream().filter(Update::hasCallbackQuery).map(Update::getCallbackQuery)
                .filter(q -> q.getData().startsWith("answered")).forEach(this::answer));
        client.execute(menu("Pick", "answered", "ignored"));

        String answered = chat.press("answered");
        String ignored = chat.pressButton("ignored");

        waitUntil(() -> telegram.unansweredCallbacks().equals(List.of(ignored)));
        AssertionError report = assertThrows(AssertionError.class,
                () -> telegram.assertAllCallbacksAnswered(Duration.ofMillis(300)));
        assertTrue(report.getMessage().contains(ignored), report.getMessage());
        assertRefused("query is too old", () -> client.execute(new AnswerCallbackQuery(answered)));
        AssertionError noButton = assertThrows(AssertionError.class, () -> chat.press("missing"));
        assertTrue(noButton.getMessage().contains("answered"), "lists the visible buttons: " + noButton.getMessage());
    }

    @Test
    void aMenuConversationReadsNaturallyThroughTheChatApi() throws Exception {
        FakeChat chat = telegram.chat(USER, "ru");
        poll(new MenuBot());

        chat.send("/start");
        BotMessage menu = chat.awaitMessage(m -> m.contains("Выберите раздел"));
        assertEquals(List.of("Кампании", "Помощь"), menu.buttonLabels());

        chat.pressButton("Кампании");
        BotMessage campaigns = chat.awaitScreen(m -> m.contains("Кампании: 2"));
        assertEquals(menu.messageId(), campaigns.messageId(), "updated in place");

        chat.press("menu");
        chat.awaitScreen(m -> m.hasButton("campaigns"));
        telegram.assertAllCallbacksAnswered(Duration.ofSeconds(5));
        assertTrue(chat.transcript().entries().stream().anyMatch(e -> e instanceof Transcript.BotAnswered));

        AssertionError timeout = assertThrows(AssertionError.class,
                () -> chat.awaitScreen(m -> m.contains("never"), Duration.ofMillis(200)));
        assertTrue(timeout.getMessage().contains("Выберите раздел"), timeout.getMessage());
        telegram.assertNoRejectedCalls();
    }

    @Test
    void menuCommandsChatActionsAndDeletionsAreServed() throws Exception {
        FakeChat chat = telegram.chat(USER, "ru");
        client.execute(SetMyCommands.builder().languageCode("ru")
                .command(new BotCommand("start", "Главное меню")).command(new BotCommand("stats", "Статистика")).build());
        assertRefused("BOT_COMMAND_INVALID", () -> client.execute(SetMyCommands.builder()
                .command(new BotCommand("Start", "upper case is not allowed")).build()));
        assertEquals(List.of(new FakeTelegram.Command("start", "Главное меню"), new FakeTelegram.Command("stats", "Статистика")),
                telegram.commands("ru"));
        assertTrue(telegram.commands().isEmpty());

        client.execute(SendChatAction.builder().chatId(USER).action("typing").build());
        Message sent = client.execute(text("soon gone", null));
        client.execute(new DeleteMessage(String.valueOf(USER), sent.getMessageId()));
        assertRefused("message to delete not found", () -> client.execute(new DeleteMessage(String.valueOf(USER), sent.getMessageId())));
        assertTrue(chat.messages().get(0).deleted());
        assertEquals(2, telegram.rejectedCalls().size());
    }

    @Test
    void unknownTokenIsUnauthorized() {
        TelegramClient stranger = new OkHttpTelegramClient("123:not-our-bot", telegramUrl());
        TelegramApiRequestException refused = assertThrows(TelegramApiRequestException.class,
                () -> stranger.execute(new GetMe()));
        assertEquals(401, refused.getErrorCode());
    }

    @Test
    void closeEndsAPendingLongPollAndLeavesNoThreads() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest longPoll = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot" + telegram.token()
                + "/getUpdates?timeout=50")).build();
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(longPoll, HttpResponse.BodyHandlers.ofString());
        waitUntil(() -> telegram.requestCount("getupdates") == 1);

        long started = System.nanoTime();
        telegram.close();

        try {
            pending.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException connectionClosed) {
            // also fine: the poll ended
        }
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("fake-telegram-")));
    }

    @Test
    void rendersAConversationAsAPicture(@TempDir Path dir) throws Exception {
        FakeChat chat = telegram.chat(USER, "ru");
        poll(new MenuBot());
        chat.send("/start");
        chat.awaitMessage(m -> m.hasButton("campaigns"));
        chat.pressButton("Кампании");
        chat.awaitScreen(m -> m.contains("Кампании: 2"));
        chat.sendPhoto(png(320, 200));
        chat.awaitMessage(BotMessage::hasPhoto);
        chat.send("Очень длинное сообщение, которое не помещается в одну строку пузыря и должно переноситься по словам");
        chat.awaitMessage(m -> m.hasButton("campaigns"));

        Path png = dir.resolve("conversation.png");
        new ConversationRenderer().write(chat.transcript(), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 480 && image.getHeight() > 600, image.getWidth() + "x" + image.getHeight());
        assertEquals(-1, new java.awt.Font(ConversationRenderer.fontFamily(), java.awt.Font.PLAIN, 14)
                .canDisplayUpTo("Кампании"), "a font with Cyrillic: " + ConversationRenderer.fontFamily());
        Screenshots.saveIfRequested("fake-telegram-menu", chat.transcript());
    }

    /** A small bot in the shape of the real one: a menu, screens edited in place, every press answered. */
    private final class MenuBot implements LongPollingUpdateConsumer {
        @Override
        public void consume(List<Update> updates) {
            for (Update update : updates) {
                try {
                    handle(update);
                } catch (TelegramApiException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        private void handle(Update update) throws TelegramApiException {
            if (update.hasMessage() && update.getMessage().hasPhoto()) {
                String fileId = update.getMessage().getPhoto().get(0).getFileId();
                byte[] photo = download(client.execute(new GetFile(fileId)).getFilePath());
                client.execute(SendPhoto.builder().chatId(update.getMessage().getChatId()).caption("Получено фото")
                        .photo(new InputFile(new ByteArrayInputStream(photo), "echo.png")).build());
            } else if (update.hasMessage()) {
                client.execute(SendMessage.builder().chatId(update.getMessage().getChatId()).parseMode("HTML")
                        .text("<b>Меню</b>\nВыберите раздел").replyMarkup(mainMenu()).build());
            } else if (update.hasCallbackQuery()) {
                CallbackQuery query = update.getCallbackQuery();
                boolean toCampaigns = query.getData().equals("campaigns");
                client.execute(EditMessageText.builder().chatId(query.getMessage().getChatId())
                        .messageId(query.getMessage().getMessageId()).parseMode("HTML")
                        .text(toCampaigns ? "Кампании: 2 активных\n• Кофе\n• Чай" : "<b>Меню</b>\nВыберите раздел")
                        .replyMarkup(toCampaigns ? keyboard("menu") : mainMenu()).build());
                client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId())
                        .text(toCampaigns ? "Загружено" : null).build());
            }
        }

        private InlineKeyboardMarkup mainMenu() {
            return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                    InlineKeyboardButton.builder().text("Кампании").callbackData("campaigns").build(),
                    InlineKeyboardButton.builder().text("Помощь").callbackData("help").build())).build();
        }
    }

    private void answer(CallbackQuery query) {
        try {
            client.execute(new AnswerCallbackQuery(query.getId()));
        } catch (TelegramApiException e) {
            throw new IllegalStateException(e);
        }
    }

    private void poll(LongPollingUpdateConsumer consumer) throws Exception {
        polling = new TelegramBotsLongPollingApplication();
        polling.registerBot(telegram.token(), this::telegramUrl, new DefaultGetUpdatesGenerator(), consumer);
    }

    /** The fake's address as the library takes it, for both OkHttpTelegramClient and registerBot. */
    private TelegramUrl telegramUrl() {
        return new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
    }

    private static SendMessage text(String text, String parseMode) {
        return SendMessage.builder().chatId(USER).text(text).parseMode(parseMode).build();
    }

    private static SendMessage menu(String text, String... callbackData) {
        return SendMessage.builder().chatId(USER).text(text).replyMarkup(keyboard(callbackData)).build();
    }

    private static EditMessageText edit(int messageId, String text, InlineKeyboardMarkup markup) {
        return EditMessageText.builder().chatId(USER).messageId(messageId).text(text).replyMarkup(markup).build();
    }

    private static EditMessageMedia editPhoto(int messageId, InputMediaPhoto photo, String caption, InlineKeyboardMarkup markup) {
        photo.setCaption(caption);
        photo.setParseMode("HTML");
        return EditMessageMedia.builder().chatId(USER).messageId(messageId).media(photo).replyMarkup(markup).build();
    }

    /** One row per button, labelled with its data. */
    private static InlineKeyboardMarkup keyboard(String... callbackData) {
        InlineKeyboardMarkup.InlineKeyboardMarkupBuilder<?, ?> markup = InlineKeyboardMarkup.builder();
        for (String data : callbackData) {
            markup.keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text(data).callbackData(data).build()));
        }
        return markup.build();
    }

    private static void assertRefused(String description, org.junit.jupiter.api.function.Executable call) {
        TelegramApiRequestException refused = assertThrows(TelegramApiRequestException.class, call);
        assertEquals(400, refused.getErrorCode());
        assertTrue(refused.getApiResponse().contains(description), refused.getApiResponse());
    }

    private byte[] download(String filePath) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(telegram.fileUrl(filePath))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2E7D32));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A bounded wait for things the library does on its own threads. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}

package adengine.bot.telegram;

import adengine.bot.conversation.Button;
import adengine.bot.conversation.Outbox;
import adengine.bot.conversation.Screen;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageMedia;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's only way to Telegram. Nothing thrown here reaches the update loop: a refused call is
 * logged and reported as "not done"; a 429 is waited out as Telegram asks (up to a bound), and
 * "message is not modified" counts as done, since the chat already shows that screen.
 */
public final class TelegramGateway implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramGateway.class);
    private static final int MAX_ATTEMPTS = 3;
    private static final int MAX_RETRY_AFTER_SECONDS = 30;

    private final TelegramClient client;
    private final String fileBaseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code fileBaseUrl} is {@code <Bot API URL>/file/bot<token>/}: the library's download ignores a custom URL. */
    public TelegramGateway(TelegramClient client, String fileBaseUrl) {
        this.client = Objects.requireNonNull(client);
        this.fileBaseUrl = Objects.requireNonNull(fileBaseUrl);
    }

    @Override
    public Optional<Integer> send(long chatId, Screen screen) {
        if (screen.picture() != null) {
            SendPhoto photo = SendPhoto.builder()
                    .chatId(chatId)
                    .photo(new InputFile(new ByteArrayInputStream(screen.picture().image()), screen.picture().fileName()))
                    .caption(screen.html())
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(keyboard(screen))
                    .build();
            return call("sendPhoto", () -> client.execute(photo).getMessageId());
        }
        SendMessage message = SendMessage.builder()
                .chatId(chatId)
                .text(screen.html())
                .parseMode(ParseMode.HTML)
                .replyMarkup(keyboard(screen))
                .build();
        return call("sendMessage", () -> client.execute(message).getMessageId());
    }

    @Override
    public boolean edit(long chatId, int messageId, Screen screen) {
        if (screen.picture() != null) {
            EditMessageMedia edit = EditMessageMedia.builder()
                    .chatId(chatId)
                    .messageId(messageId)
                    .media(InputMediaPhoto.builder()
                            .media(new ByteArrayInputStream(screen.picture().image()), screen.picture().fileName())
                            .caption(screen.html())
                            .parseMode(ParseMode.HTML)
                            .build())
                    .replyMarkup(keyboard(screen))
                    .build();
            // a new upload is always a change, so Telegram never answers "message is not modified" here
            return call("editMessageMedia", () -> client.execute(edit)).isPresent();
        }
        EditMessageText edit = EditMessageText.builder()
                .chatId(chatId)
                .messageId(messageId)
                .text(screen.html())
                .parseMode(ParseMode.HTML)
                .replyMarkup(keyboard(screen))
                .build();
        return call("editMessageText", () -> {
            client.execute(edit);
            return Boolean.TRUE;
        }, Boolean.TRUE).isPresent();
    }

    @Override
    public Optional<Integer> sendDocument(long chatId, byte[] content, String fileName, Screen caption) {
        SendDocument document = SendDocument.builder()
                .chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(content), fileName))
                .caption(caption.html())
                .parseMode(ParseMode.HTML)
                .replyMarkup(keyboard(caption))
                .build();
        return call("sendDocument", () -> client.execute(document).getMessageId());
    }

    @Override
    public void answer(String callbackId, String notice) {
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder()
                .callbackQueryId(callbackId)
                .text(notice == null || notice.isEmpty() ? null : notice)
                .build();
        call("answerCallbackQuery", () -> client.execute(answer));
    }

    @Override
    public void typing(long chatId) {
        call("sendChatAction", () -> client.execute(SendChatAction.builder().chatId(chatId).action("typing").build()));
    }

    @Override
    public Optional<byte[]> download(String fileId) {
        Optional<File> file = call("getFile", () -> client.execute(GetFile.builder().fileId(fileId).build()));
        if (file.isEmpty() || file.get().getFilePath() == null) {
            return Optional.empty();
        }
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(fileBaseUrl + file.get().getFilePath())).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warn("Downloading a file from Telegram answered {}", response.statusCode());
                return Optional.empty();
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            LOG.warn("Downloading a file from Telegram failed: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static InlineKeyboardMarkup keyboard(Screen screen) {
        if (screen.rows().isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = screen.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(TelegramGateway::button).toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(Button button) {
        return InlineKeyboardButton.builder().text(button.text()).callbackData(button.data()).build();
    }

    private static <T> Optional<T> call(String method, Callable<T> request) {
        return call(method, request, null);
    }

    /** {@code whenNotModified} is the result when Telegram says the message already looks like that. */
    private static <T> Optional<T> call(String method, Callable<T> request, T whenNotModified) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.ofNullable(request.call());
            } catch (TelegramApiRequestException e) {
                if (isNotModified(e)) {
                    return Optional.ofNullable(whenNotModified);
                }
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (retryAfter != null && attempt < MAX_ATTEMPTS && retryAfter <= MAX_RETRY_AFTER_SECONDS) {
                    LOG.info("Telegram asks to wait {} s before {}", retryAfter, method);
                    if (!sleep(retryAfter)) {
                        return Optional.empty();
                    }
                    continue;
                }
                LOG.warn("Telegram refused {}: {} {}", method, e.getErrorCode(), e.getApiResponse());
                return Optional.empty();
            } catch (TelegramApiException e) {
                LOG.warn("Calling Telegram's {} failed: {}", method, e.toString());
                return Optional.empty();
            } catch (Exception e) {
                LOG.error("Unexpected failure calling Telegram's {}", method, e);
                return Optional.empty();
            }
        }
    }

    private static boolean isNotModified(TelegramApiRequestException e) {
        return e.getApiResponse() != null && e.getApiResponse().contains("message is not modified");
    }

    private static boolean sleep(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

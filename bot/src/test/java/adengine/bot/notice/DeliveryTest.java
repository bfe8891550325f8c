package adengine.bot.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.bot.conversation.Outbox;
import adengine.bot.conversation.Screen;
import adengine.core.notice.Recipient;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Sending a claimed notification to its chats: once per language, and no chat's failure unnoticed or in the others' way. */
class DeliveryTest {
    private final RecordingOutbox outbox = new RecordingOutbox(Set.of(2L));
    private final Delivery delivery = new Delivery(outbox);

    @Test
    void eachChatGetsTheNotificationInItsLanguageWrittenOncePerLanguage() {
        List<String> written = new ArrayList<>();

        delivery.send(List.of(new Recipient(1, "en"), new Recipient(3, "ru"), new Recipient(4, "en")), texts -> {
            written.add(texts.language());
            return Screen.of(texts.get("button.main_menu")).build();
        }, "The test notice");

        assertEquals(List.of("en", "ru"), written);
        assertEquals(Map.of(1L, "🏠 Main menu", 3L, "🏠 Главное меню", 4L, "🏠 Main menu"), outbox.sent);
    }

    @Test
    void aChatTelegramRefusesIsLoggedWithWhatItMissedAndTheOthersStillGetIt() {
        Logger logger = (Logger) LoggerFactory.getLogger(Delivery.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            delivery.send(List.of(new Recipient(1, "ru"), new Recipient(2, "ru"), new Recipient(3, "en")),
                    texts -> Screen.of(texts.get("button.main_menu")).build(), "The daily digest of advertiser A for day 3");
        } finally {
            logger.detachAppender(log);
        }

        assertEquals(Map.of(1L, "🏠 Главное меню", 3L, "🏠 Main menu"), outbox.sent);
        assertEquals(List.of("WARN The daily digest of advertiser A for day 3 could not be delivered to a chat and is not sent again"),
                log.list.stream().map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList());
    }

    /** Takes every message except those to the refused chats, as Telegram refuses a chat that blocked the bot. */
    private static final class RecordingOutbox implements Outbox {
        private final Set<Long> refused;
        final Map<Long, String> sent = new HashMap<>();

        RecordingOutbox(Set<Long> refused) {
            this.refused = refused;
        }

        @Override
        public Optional<Integer> send(long chatId, Screen screen) {
            if (refused.contains(chatId)) {
                return Optional.empty();
            }
            sent.put(chatId, screen.html());
            return Optional.of(sent.size());
        }

        @Override
        public boolean edit(long chatId, int messageId, Screen screen) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Integer> sendDocument(long chatId, byte[] content, String fileName, Screen caption) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void answer(String callbackId, String notice) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void typing(long chatId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<byte[]> download(String fileId) {
            throw new UnsupportedOperationException();
        }
    }
}

package adengine.bot.notice;

import adengine.bot.conversation.Outbox;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.Texts;
import adengine.core.notice.Recipient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a claimed notification to its chats, each in the language the bot speaks there, writing it
 * once per language. A chat Telegram did not take it for is logged with what it missed: the claim
 * stands, so that no instance sends it twice.
 */
final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final Outbox outbox;

    Delivery(Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox);
    }

    /** {@code what} names the notification in the log. */
    void send(List<Recipient> recipients, Function<Texts, Screen> write, String what) {
        Map<Texts, Screen> written = new HashMap<>();
        for (Recipient recipient : recipients) {
            Screen screen = written.computeIfAbsent(Texts.forLanguage(recipient.language()), write);
            if (outbox.send(recipient.chatId(), screen).isEmpty()) {
                LOG.warn("{} could not be delivered to a chat and is not sent again", what);
            }
        }
    }
}

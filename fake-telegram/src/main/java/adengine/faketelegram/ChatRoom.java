package adengine.faketelegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One chat as Telegram holds it: its messages, in order, and what happened there. A private chat
 * has one member, a group several, each acting through a {@link FakeChat} of their own. Changed
 * only under the fake's lock.
 */
final class ChatRoom {
    final long id;
    /** Telegram's chat type: {@code private} or {@code group}. */
    final String type;
    /** A private chat's first name (its user's), or a group's title. */
    final String name;
    final List<ChatMessage> messages = new ArrayList<>();
    final List<Transcript.Entry> transcript = new ArrayList<>();
    private final FakeState state;
    private int nextMessageId = 1;
    /** Counts every change of the room, so that waiting members can tell what is new. */
    long changes;

    ChatRoom(FakeState state, long id, String type, String name) {
        this.state = state;
        this.id = id;
        this.type = type;
        this.name = name;
    }

    ChatMessage addUserMessage(ObjectNode sender, HtmlText content, StoredFile photo, StoredFile document, Transcript.Entry entry) {
        ChatMessage message = new ChatMessage(nextMessageId++, sender, state.now(), content, List.of(), photo, document);
        messages.add(message);
        record(entry);
        message.changedAt = changes;
        return message;
    }

    ChatMessage addBotMessage(HtmlText content, List<List<Button>> buttons, StoredFile photo, StoredFile document) {
        ChatMessage message = new ChatMessage(nextMessageId++, null, state.now(), content, buttons, photo, document);
        messages.add(message);
        record(new Transcript.BotSent(message.view()));
        message.changedAt = changes;
        return message;
    }

    void edited(ChatMessage message) {
        message.edited = true;
        record(new Transcript.BotEdited(message.view()));
        message.changedAt = changes;
    }

    void deleted(ChatMessage message) {
        message.deleted = true;
        record(new Transcript.BotDeleted(message.id, message.fromBot()));
        message.changedAt = changes;
    }

    void record(Transcript.Entry entry) {
        transcript.add(entry);
        changes++;
        state.changed();
    }

    ChatMessage find(long messageId) {
        return messages.stream().filter(m -> m.id == messageId && !m.deleted).findFirst().orElse(null);
    }

    ObjectNode chatJson() {
        ObjectNode chat = state.json.createObjectNode();
        chat.put("id", id).put("type", type);
        if (type.equals("private")) {
            chat.put("first_name", name);
        } else {
            chat.put("title", name);
        }
        return chat;
    }
}

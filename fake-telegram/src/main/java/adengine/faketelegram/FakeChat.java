package adengine.faketelegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One user in a chat with the bot: the test acts as the user and waits for what the bot shows. In
 * a private chat the chat id is the user id, as in Telegram; in a group every member has a
 * FakeChat of their own over the group's shared messages.
 */
public final class FakeChat {

    /** How long awaitScreen and awaitMessage wait unless told otherwise. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final FakeState state;
    private final ChatRoom room;
    private final long userId;
    private volatile String languageCode;
    private final String firstName;
    // guarded by state.lock: the room's change count at this user's last action
    private long lastUserAction;
    // guarded by state.lock: the callback query id when the user's last action was a button press
    private String lastPress;
    // the room's messages, guarded by state.lock
    private final List<ChatMessage> messages;

    FakeChat(FakeState state, ChatRoom room, long userId, String languageCode) {
        this.state = state;
        this.room = room;
        this.userId = userId;
        this.languageCode = languageCode;
        this.firstName = "User" + userId;
        this.messages = room.messages;
    }

    public long userId() {
        return userId;
    }

    public long chatId() {
        return room.id;
    }

    public String languageCode() {
        return languageCode;
    }

    /** As when the user switches their Telegram app to another language: their next updates carry it. */
    public void changeLanguage(String languageCode) {
        this.languageCode = languageCode;
    }

    public String firstName() {
        return firstName;
    }

    /** The user sends a text; a leading {@code /command} is marked as a bot_command entity. */
    public void send(String text) {
        userMessage(HtmlText.of(text, null), null, null, new Transcript.UserText(text));
    }

    /** The user sends a photo (JPEG or PNG bytes). */
    public void sendPhoto(byte[] jpegOrPng) {
        state.lock.lock();
        try {
            userMessage(HtmlText.of("", null), state.files.storePhoto(jpegOrPng), null,
                    new Transcript.UserPhoto(jpegOrPng.clone()));
        } finally {
            state.lock.unlock();
        }
    }

    /** The user sends a file as a document. */
    public void sendDocument(byte[] bytes, String fileName, String mimeType) {
        state.lock.lock();
        try {
            userMessage(HtmlText.of("", null), null, state.files.storeDocument(bytes, fileName, mimeType),
                    new Transcript.UserDocument(fileName, bytes.clone()));
        } finally {
            state.lock.unlock();
        }
    }

    /** Presses the button with this callback data on the newest visible bot message that has it; returns the callback query id. */
    public String press(String callbackData) {
        return pressWhere(b -> callbackData.equals(b.callbackData()), "callback data \"" + callbackData + "\"");
    }

    /** Presses the button with this label on the newest visible bot message that has it; returns the callback query id. */
    public String pressButton(String buttonText) {
        return pressWhere(b -> b.text().equals(buttonText) && b.callbackData() != null, "label \"" + buttonText + "\"");
    }

    /**
     * Sends any callback query, as a stale or forged button would: for a message that does not
     * exist (or was deleted) the update carries an inaccessible message, as Telegram's does.
     */
    public String pressRaw(long messageId, String callbackData) {
        state.lock.lock();
        try {
            ChatMessage target = messages.stream().filter(m -> m.id == messageId && !m.deleted).findFirst().orElse(null);
            String label = target == null ? callbackData : target.buttons.stream().flatMap(List::stream)
                    .filter(b -> callbackData.equals(b.callbackData())).map(Button::text).findFirst().orElse(callbackData);
            return callback(messageId, target, label, callbackData);
        } finally {
            state.lock.unlock();
        }
    }

    private String pressWhere(Predicate<Button> wanted, String what) {
        state.lock.lock();
        try {
            for (int i = messages.size() - 1; i >= 0; i--) {
                ChatMessage message = messages.get(i);
                if (message.fromBot() && !message.deleted) {
                    for (List<Button> row : message.buttons) {
                        for (Button button : row) {
                            if (wanted.test(button)) {
                                return callback(message.id, message, button.text(), button.callbackData());
                            }
                        }
                    }
                }
            }
            throw new AssertionError("No visible button with " + what + " in chat " + room.id + ". Visible buttons: "
                    + visibleButtons() + "\nLast steps:\n" + transcript().last(8));
        } finally {
            state.lock.unlock();
        }
    }

    private String callback(long messageId, ChatMessage target, String label, String data) {
        String id = state.newCallbackId();
        ObjectNode query = state.json.createObjectNode();
        query.put("id", id);
        query.set("from", userJson());
        if (target != null) {
            query.set("message", target.toJson(state.json, room, state.botUser));
        } else {
            // date 0 is how Telegram marks a message the bot can no longer access
            ObjectNode inaccessible = state.json.createObjectNode();
            inaccessible.set("chat", room.chatJson());
            inaccessible.put("message_id", messageId).put("date", 0);
            query.set("message", inaccessible);
        }
        query.put("chat_instance", Long.toString(userId * 31 + 7));
        query.put("data", data);
        state.callbacks.put(id, new FakeState.PendingCallback(room, "[" + label + "] (" + data + ") in chat " + room.id
                + " by user " + userId));
        room.record(new Transcript.UserPress(label, data));
        lastUserAction = room.changes;
        lastPress = id;
        state.addUpdate("callback_query", query);
        return id;
    }

    private void userMessage(HtmlText content, StoredFile photo, StoredFile document, Transcript.Entry entry) {
        state.lock.lock();
        try {
            ChatMessage message = room.addUserMessage(userJson(), content, photo, document, entry);
            lastUserAction = room.changes;
            lastPress = null;
            state.addUpdate("message", message.toJson(state.json, room, state.botUser));
        } finally {
            state.lock.unlock();
        }
    }

    /**
     * Waits until the chat's current screen, the newest message if the bot sent it (with its latest
     * edit applied), matches; returns it.
     */
    public BotMessage awaitScreen(Predicate<BotMessage> expected) {
        return awaitScreen(expected, DEFAULT_WAIT);
    }

    public BotMessage awaitScreen(Predicate<BotMessage> expected, Duration timeout) {
        return awaitOrFail(timeout, "the current screen", () -> {
            BotMessage screen = screen();
            return screen != null && expected.test(screen) ? screen : null;
        });
    }

    /** Waits until a bot message sent or changed since the user's last action matches; returns the oldest such. */
    public BotMessage awaitMessage(Predicate<BotMessage> expected) {
        return awaitMessage(expected, DEFAULT_WAIT);
    }

    public BotMessage awaitMessage(Predicate<BotMessage> expected, Duration timeout) {
        return awaitOrFail(timeout, "a bot message after the user's last action", () -> messages.stream()
                .filter(m -> m.fromBot() && !m.deleted && m.changedAt > lastUserAction)
                .map(ChatMessage::view).filter(expected).findFirst().orElse(null));
    }

    private BotMessage awaitOrFail(Duration timeout, String what, java.util.function.Supplier<BotMessage> check) {
        state.lock.lock();
        try {
            BotMessage found = state.await(timeout, check);
            if (found == null) {
                BotMessage screen = screen();
                throw new AssertionError("Chat " + room.id + ", user " + userId + ": " + what + " did not match within " + timeout.toMillis()
                        + " ms. Current screen: " + (screen == null ? "none (the newest message is the user's)" : screen)
                        + "\nLast steps:\n" + transcript().last(10));
            }
            return found;
        } finally {
            state.lock.unlock();
        }
    }

    /**
     * Waits until the bot reacts to the user's last action: any step in this chat after it (a
     * message, an edit, a deletion, a notification) or, after a button press, the press answered
     * even silently. False when it did not within the timeout.
     */
    public boolean awaitReaction(Duration timeout) {
        state.lock.lock();
        try {
            return state.await(timeout, () -> room.changes > lastUserAction
                    || lastPress != null && state.callbacks.get(lastPress).answered ? Boolean.TRUE : null) != null;
        } finally {
            state.lock.unlock();
        }
    }

    /** Waits until this chat's transcript holds more than {@code steps} entries, or the timeout passes; returns how many it holds. */
    public int awaitStepsBeyond(int steps, Duration timeout) {
        state.lock.lock();
        try {
            state.await(timeout, () -> room.transcript.size() > steps ? Boolean.TRUE : null);
            return room.transcript.size();
        } finally {
            state.lock.unlock();
        }
    }

    /** The newest visible message if the bot sent it; null while the user's message is the newest. */
    private BotMessage screen() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            ChatMessage message = messages.get(i);
            if (!message.deleted) {
                return message.fromBot() ? message.view() : null;
            }
        }
        return null;
    }

    /** Every message the bot sent here, oldest first, each in its latest state (deleted ones flagged). */
    public List<BotMessage> messages() {
        state.lock.lock();
        try {
            return messages.stream().filter(ChatMessage::fromBot).map(ChatMessage::view).collect(Collectors.toList());
        } finally {
            state.lock.unlock();
        }
    }

    /** The newest bot message that is not deleted. */
    public BotMessage lastMessage() {
        state.lock.lock();
        try {
            for (int i = messages.size() - 1; i >= 0; i--) {
                if (messages.get(i).fromBot() && !messages.get(i).deleted) {
                    return messages.get(i).view();
                }
            }
            throw new AssertionError("The bot has sent no message in chat " + room.id);
        } finally {
            state.lock.unlock();
        }
    }

    public Transcript transcript() {
        state.lock.lock();
        try {
            return new Transcript(room.name + " and @" + FakeTelegram.BOT_USERNAME, room.transcript);
        } finally {
            state.lock.unlock();
        }
    }

    private String visibleButtons() {
        return messages.stream().filter(m -> m.fromBot() && !m.deleted && !m.buttons.isEmpty())
                .map(m -> "#" + m.id + " " + m.buttons).collect(Collectors.joining("; ", "{", "}"));
    }

    private ObjectNode userJson() {
        ObjectNode user = state.json.createObjectNode();
        user.put("id", userId).put("is_bot", false).put("first_name", firstName).put("language_code", languageCode);
        return user;
    }
}

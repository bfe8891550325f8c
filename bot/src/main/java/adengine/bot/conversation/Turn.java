package adengine.bot.conversation;

import java.util.Objects;

/** One handled update: who spoke, their conversation, and how to answer them. */
public final class Turn {
    private final Viewer viewer;
    private final Texts texts;
    private final Session session;
    private final Outbox outbox;
    private Shown pressed;
    private String notice = "";

    Turn(Viewer viewer, Texts texts, Session session, Outbox outbox, Shown pressed) {
        this.viewer = Objects.requireNonNull(viewer);
        this.texts = Objects.requireNonNull(texts);
        this.session = Objects.requireNonNull(session);
        this.outbox = Objects.requireNonNull(outbox);
        this.pressed = pressed;
    }

    public Viewer viewer() {
        return viewer;
    }

    public Session session() {
        return session;
    }

    public long chatId() {
        return viewer.chatId();
    }

    public Texts texts() {
        return texts;
    }

    public String t(String key, Object... args) {
        return texts.get(key, args);
    }

    /**
     * Shows the screen in place of the message whose button was pressed, or as a new message when
     * that one cannot become it (no edit takes a photo away). A message that already looks so is
     * left alone: Telegram refuses an edit that changes nothing.
     */
    public void show(Screen screen) {
        if (pressed != null && pressed.looksLike(screen)) {
            return;
        }
        if (pressed != null && pressed.canShow(screen) && outbox.edit(chatId(), pressed.messageId(), screen)) {
            pressed = pressed.showing(screen);
            return;
        }
        send(screen);
    }

    public void send(Screen screen) {
        outbox.send(chatId(), screen);
    }

    public void sendDocument(byte[] content, String fileName, Screen caption) {
        outbox.sendDocument(chatId(), content, fileName, caption);
    }

    public void typing() {
        outbox.typing(chatId());
    }

    public Outbox outbox() {
        return outbox;
    }

    /** A short notice on the pressed button's answer. */
    public void notice(String text) {
        notice = text;
    }

    String notice() {
        return notice;
    }

    /** The «Главное меню» button every screen carries. */
    public Button mainMenuButton() {
        return Action.BACK_MAIN.button(t("button.main_menu"));
    }
}

package adengine.core.access;

/** What kind of Telegram chat a binding or an update belongs to. */
public enum ChatKind {
    /** A one-to-one chat of a user with the bot: whoever writes there is that user. */
    PRIVATE,
    /** A group, supergroup or channel: everyone in it, now or later, writes there. */
    GROUP
}

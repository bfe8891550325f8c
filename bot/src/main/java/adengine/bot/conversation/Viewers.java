package adengine.bot.conversation;

import adengine.core.access.ChatKind;

/** Decides who a chat's user is, on every update, so revoked rights take effect at once. */
@FunctionalInterface
public interface Viewers {
    Viewer identify(long chatId, ChatKind chatKind, long userId);
}

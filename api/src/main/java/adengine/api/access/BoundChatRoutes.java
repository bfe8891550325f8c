package adengine.api.access;

import adengine.api.http.InputProblem;
import adengine.api.http.Json;
import adengine.core.access.AccessService;
import adengine.core.access.ChatBinding;
import adengine.core.common.ValidationException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import spark.Service;

/**
 * The Telegram chats bound to an advertiser, under {@code /advertisers/{advertiserId}/chats}: list
 * them, and remove one, which takes effect on that chat's next update.
 */
final class BoundChatRoutes {
    /** A Telegram chat id: a non-zero integer, negative for groups; no plus sign, no leading zeros. */
    private static final Pattern CHAT_ID = Pattern.compile("-?[1-9][0-9]{0,18}");

    private final AccessService access;
    private final Json json;

    BoundChatRoutes(AccessService access, Json json) {
        this.access = Objects.requireNonNull(access);
        this.json = Objects.requireNonNull(json);
    }

    void register(Service http) {
        http.get("/advertisers/:advertiserId/chats", (req, res) ->
                json.respond(res, 200, access.chatsOf(InviteRoutes.advertiserId(req)).stream().map(ChatJson::of).toList()));
        http.delete("/advertisers/:advertiserId/chats/:chatId", (req, res) -> {
            UUID advertiserId = InviteRoutes.advertiserId(req);
            access.unbind(advertiserId, chatId(req.params("chatId")));
            res.status(204);
            return "";
        });
    }

    private static long chatId(String text) {
        if (text != null && CHAT_ID.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                // nineteen digits beyond the range of a long: reported below like any other bad id
            }
        }
        throw new ValidationException("chat_id", InputProblem.CHAT_ID);
    }

    /** {@code active}: whether the binding gives access now (a group's only while an admin allows the group). */
    record ChatJson(long chatId, UUID advertiserId, String chatType, String boundAt, boolean active) {
        static ChatJson of(ChatBinding chat) {
            return new ChatJson(chat.chatId(), chat.advertiserId(), chat.kind().name(), chat.boundAt().toString(), chat.active());
        }
    }
}

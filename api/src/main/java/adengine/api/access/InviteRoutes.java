package adengine.api.access;

import adengine.api.http.Json;
import adengine.api.http.Uuids;
import adengine.core.access.AccessService;
import adengine.core.access.Invite;
import adengine.core.access.IssuedInvite;
import java.util.Objects;
import java.util.UUID;
import spark.Request;
import spark.Service;

/**
 * The Telegram bot's invites of an advertiser: create one, list those still open, revoke one
 * (never showing a token again), under {@code /advertisers/{advertiserId}/invites}; and, through
 * {@link BoundChatRoutes}, the chats the invites bound.
 */
public final class InviteRoutes {
    private static final String COLLECTION = "/advertisers/:advertiserId/invites";

    private final AccessService access;
    private final Json json;

    public InviteRoutes(AccessService access, Json json) {
        this.access = Objects.requireNonNull(access);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.post(COLLECTION, (req, res) -> json.respond(res, 201, InviteJson.of(access.createInvite(advertiserId(req)))));
        http.get(COLLECTION, (req, res) ->
                json.respond(res, 200, access.openInvites(advertiserId(req)).stream().map(OpenInviteJson::of).toList()));
        http.delete(COLLECTION + "/:inviteId", (req, res) -> {
            UUID advertiserId = advertiserId(req);
            access.revokeInvite(advertiserId, Uuids.parameter("invite_id", req.params("inviteId")));
            res.status(204);
            return "";
        });
        // the chats are what the invites bound: their routes come with these
        new BoundChatRoutes(access, json).register(http);
    }

    static UUID advertiserId(Request req) {
        return Uuids.parameter("advertiser_id", req.params("advertiserId"));
    }

    /** {@code link} is null until the bot has recorded its username. */
    record InviteJson(UUID inviteId, String token, UUID advertiserId, String expiresAt, String link) {
        static InviteJson of(Invite invite) {
            return new InviteJson(invite.inviteId(), invite.token(), invite.advertiserId(), invite.expiresAt().toString(),
                    invite.link().orElse(null));
        }
    }

    /** An invite as listed: its id and times, never its token (only the token's hash is kept). */
    record OpenInviteJson(UUID inviteId, UUID advertiserId, String createdAt, String expiresAt) {
        static OpenInviteJson of(IssuedInvite invite) {
            return new OpenInviteJson(invite.inviteId(), invite.advertiserId(), invite.createdAt().toString(), invite.expiresAt().toString());
        }
    }
}

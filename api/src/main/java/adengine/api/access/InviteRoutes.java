package adengine.api.access;

import adengine.api.http.Json;
import adengine.api.http.Uuids;
import adengine.core.access.AccessService;
import adengine.core.access.Invite;
import java.util.Objects;
import java.util.UUID;
import spark.Service;

/** {@code POST /advertisers/{advertiserId}/invites}: a one-time invite of the Telegram bot for the advertiser. */
public final class InviteRoutes {
    private final AccessService access;
    private final Json json;

    public InviteRoutes(AccessService access, Json json) {
        this.access = Objects.requireNonNull(access);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.post("/advertisers/:advertiserId/invites", (req, res) ->
                json.respond(res, 201, InviteJson.of(access.createInvite(Uuids.parameter("advertiser_id", req.params("advertiserId"))))));
    }

    /** {@code link} is null until the bot has recorded its username. */
    record InviteJson(String token, UUID advertiserId, String expiresAt, String link) {
        static InviteJson of(Invite invite) {
            return new InviteJson(invite.token(), invite.advertiserId(), invite.expiresAt().toString(), invite.link().orElse(null));
        }
    }
}

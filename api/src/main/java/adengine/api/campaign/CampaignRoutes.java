package adengine.api.campaign;

import adengine.api.http.InputProblem;
import adengine.api.http.Json;
import adengine.api.http.JsonObject;
import adengine.api.http.Uuids;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignService;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.ValidationException;
import java.util.Objects;
import java.util.UUID;
import spark.Request;
import spark.Response;
import spark.Service;

/** Campaign CRUD under {@code /advertisers/{advertiserId}/campaigns}, and pausing and resuming a campaign. */
public final class CampaignRoutes {
    private static final String COLLECTION = "/advertisers/:advertiserId/campaigns";
    private static final String ITEM = COLLECTION + "/:campaignId";

    private final CampaignService campaigns;
    private final Json json;

    public CampaignRoutes(CampaignService campaigns, Json json) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.json = Objects.requireNonNull(json);
    }

    public void register(Service http) {
        http.post(COLLECTION, (req, res) -> {
            UUID advertiserId = advertiserId(req);
            Campaign created = campaigns.create(advertiserId, CampaignReader.create(json.parseObject(req)));
            return json.respond(res, 201, CampaignJson.of(created));
        });
        http.get(COLLECTION, (req, res) -> {
            UUID advertiserId = advertiserId(req);
            Page<Campaign> page = campaigns.list(advertiserId, pageRequest(req));
            res.header("X-Total-Count", String.valueOf(page.total()));
            return json.respond(res, 200, page.items().stream().map(CampaignJson::of).toList());
        });
        http.get(ITEM, (req, res) ->
                json.respond(res, 200, CampaignJson.of(campaigns.get(advertiserId(req), campaignId(req)))));
        http.put(ITEM, (req, res) -> {
            UUID advertiserId = advertiserId(req);
            UUID campaignId = campaignId(req);
            JsonObject body = json.parseObject(req);
            // an unknown campaign, or another advertiser's, is 404 whatever the body echoes
            Campaign stored = campaigns.get(advertiserId, campaignId);
            requireEcho(body, "campaign_id", stored.campaignId().toString());
            requireEcho(body, "advertiser_id", stored.advertiserId().toString());
            requireEcho(body, "image_url", ImageUrls.of(stored));
            Campaign updated = campaigns.update(advertiserId, campaignId, CampaignReader.patch(body));
            return json.respond(res, 200, CampaignJson.of(updated));
        });
        http.post(ITEM + "/pause", (req, res) -> paused(res, campaigns.setPaused(advertiserId(req), campaignId(req), true)));
        http.post(ITEM + "/resume", (req, res) -> paused(res, campaigns.setPaused(advertiserId(req), campaignId(req), false)));
        http.delete(ITEM, (req, res) -> {
            campaigns.delete(advertiserId(req), campaignId(req));
            res.status(204);
            return "";
        });
    }

    /** Pausing is outside the contract's Campaign object, so it answers with a state of its own. */
    private String paused(Response res, Campaign campaign) {
        return json.respond(res, 200, new PauseState(campaign.campaignId(), campaign.paused()));
    }

    private record PauseState(UUID campaignId, boolean paused) {
    }

    /** Read-only fields may be sent back as received (so GET → PUT round-trips) but never changed. */
    private static void requireEcho(JsonObject body, String field, String stored) {
        if (body.has(field) && !Objects.equals(body.isNull(field) ? null : body.text(field), stored)) {
            throw new ValidationException(field, InputProblem.READ_ONLY, stored);
        }
    }

    private static PageRequest pageRequest(Request req) {
        return new PageRequest(intParameter(req, "page", 1), intParameter(req, "size", PageRequest.DEFAULT_SIZE));
    }

    private static int intParameter(Request req, String name, int defaultValue) {
        String value = req.queryParams(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ValidationException(name, InputProblem.NOT_AN_INTEGER);
        }
    }

    private static UUID advertiserId(Request req) {
        return Uuids.parameter("advertiser_id", req.params("advertiserId"));
    }

    private static UUID campaignId(Request req) {
        return Uuids.parameter("campaign_id", req.params("campaignId"));
    }
}

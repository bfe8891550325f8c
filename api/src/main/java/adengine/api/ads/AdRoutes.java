package adengine.api.ads;

import adengine.api.campaign.ImageUrls;
import adengine.api.http.Json;
import adengine.api.http.JsonObject;
import adengine.api.http.MalformedRequestException;
import adengine.api.http.RequestObserver;
import adengine.api.http.Uuids;
import adengine.core.ads.Ad;
import adengine.core.ads.AdService;
import adengine.core.ads.Click;
import adengine.core.campaign.Campaign;
import adengine.core.common.ValidationException;
import java.util.Objects;
import java.util.UUID;
import spark.Request;
import spark.Service;

/** The ad slot: {@code GET /ads?client_id=} and {@code POST /ads/{adId}/click}. */
public final class AdRoutes {
    private final AdService ads;
    private final Json json;
    private final RequestObserver observer;

    public AdRoutes(AdService ads, Json json, RequestObserver observer) {
        this.ads = Objects.requireNonNull(ads);
        this.json = Objects.requireNonNull(json);
        this.observer = Objects.requireNonNull(observer);
    }

    public void register(Service http) {
        http.get("/ads", (req, res) -> {
            Ad ad = ads.next(Uuids.parameter("client_id", req.queryParams("client_id")));
            return json.respond(res, 200, AdJson.of(ad.campaign()));
        });
        http.post("/ads/:adId/click", (req, res) -> {
            ads.click(click(req));
            res.status(204);
            return "";
        });
    }

    private Click click(Request req) {
        try {
            UUID adId = Uuids.parameter("ad_id", req.params("adId"));
            JsonObject body = json.parseObject(req);
            UUID clientId = body.uuid("client_id");
            return body.build(() -> new Click(adId, clientId));
        } catch (ValidationException | MalformedRequestException e) {
            observer.invalidClick();
            throw e;
        }
    }

    /** The contract's ad: the campaign id is the ad id. */
    record AdJson(UUID adId, String adTitle, String adText, UUID advertiserId, String imageUrl) {
        static AdJson of(Campaign campaign) {
            return new AdJson(campaign.campaignId(), campaign.spec().adTitle(), campaign.spec().adText(),
                    campaign.advertiserId(), ImageUrls.of(campaign));
        }
    }
}

package adengine.app.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.app.testing.HttpClientForTests.Reply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A CampaignCreate of one advertiser, set field by field under the contract's names. What a test
 * leaves unset is valid and out of its way: running from today to today + 30, targeted at a
 * location of its own (so that it never reaches another test's clients), limits 1000 impressions
 * and 100 clicks, prices 1.50 and 2, the ad "Winter boots" / "Warm and dry".
 */
public final class CampaignBuilder {
    private final AdFixtures fixtures;
    private final String advertiser;
    /** Raw JSON by field; dates left unset and the targeting are added when the body is written. */
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String gender;
    private Integer ageFrom;
    private Integer ageTo;
    private String location = AdFixtures.uniqueLocation();

    CampaignBuilder(AdFixtures fixtures, String advertiser) {
        this.fixtures = fixtures;
        this.advertiser = advertiser;
        impressionsLimit(1000).clicksLimit(100).costPerImpression("1.50").costPerClick("2")
                .adTitle("Winter boots").adText("Warm and dry");
    }

    public CampaignBuilder impressionsLimit(int limit) {
        return rawField("impressions_limit", String.valueOf(limit));
    }

    public CampaignBuilder clicksLimit(int limit) {
        return rawField("clicks_limit", String.valueOf(limit));
    }

    /** The price is sent as written, so that its exact decimals reach the server. */
    public CampaignBuilder costPerImpression(String price) {
        return rawField("cost_per_impression", price);
    }

    /** The price is sent as written, so that its exact decimals reach the server. */
    public CampaignBuilder costPerClick(String price) {
        return rawField("cost_per_click", price);
    }

    public CampaignBuilder adTitle(String title) {
        return rawField("ad_title", AdFixtures.quoted(title));
    }

    public CampaignBuilder adText(String text) {
        return rawField("ad_text", AdFixtures.quoted(text));
    }

    public CampaignBuilder startDate(int day) {
        return rawField("start_date", String.valueOf(day));
    }

    public CampaignBuilder endDate(int day) {
        return rawField("end_date", String.valueOf(day));
    }

    public CampaignBuilder gender(String gender) {
        this.gender = gender;
        return this;
    }

    public CampaignBuilder ageFrom(int age) {
        this.ageFrom = age;
        return this;
    }

    public CampaignBuilder ageTo(int age) {
        this.ageTo = age;
        return this;
    }

    /** The targeted location; null matches clients anywhere. */
    public CampaignBuilder location(String location) {
        this.location = location;
        return this;
    }

    /** {@code "targeting": null}: the campaign matches every client of the server. */
    public CampaignBuilder withoutTargeting() {
        return rawField("targeting", "null");
    }

    /** A field as raw JSON, for values the typed setters cannot write; a raw targeting replaces theirs. */
    public CampaignBuilder rawField(String field, String json) {
        fields.put(field, json);
        return this;
    }

    /** The request body; the day is read from the server only when a date is left unset. */
    public String json() {
        Map<String, String> body = new LinkedHashMap<>(fields);
        if (!body.containsKey("start_date") || !body.containsKey("end_date")) {
            int today = fixtures.today();
            body.putIfAbsent("start_date", String.valueOf(today));
            body.putIfAbsent("end_date", String.valueOf(today + 30));
        }
        body.putIfAbsent("targeting", targeting());
        return body.entrySet().stream()
                .map(field -> AdFixtures.quoted(field.getKey()) + ": " + field.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Sends the create and returns the reply whatever its status. */
    public Reply post() {
        return fixtures.http().post(AdFixtures.campaigns(advertiser), json());
    }

    /** Creates the campaign and returns its id. */
    public String create() {
        Reply reply = post();
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().get("campaign_id").asText();
    }

    /** Every targeting key is written, unset ones as explicit nulls. */
    private String targeting() {
        return "{\"gender\": " + stringOrNull(gender)
                + ", \"age_from\": " + ageFrom
                + ", \"age_to\": " + ageTo
                + ", \"location\": " + stringOrNull(location) + "}";
    }

    private static String stringOrNull(String text) {
        return text == null ? "null" : AdFixtures.quoted(text);
    }
}

package adengine.app.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.bot.BotTestServer.BoundChat;
import adengine.app.testing.AdFixtures;
import adengine.bot.conversation.Lists;
import adengine.faketelegram.BotMessage;
import adengine.faketelegram.FakeChat;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** All campaigns of an advertiser at a glance and as a CSV file, checked against the REST breakdown. */
class BotCampaignsExportTest {
    private static final String DELETED_TITLE = "Осень, \"скидки\"";
    private static final List<String> FIGURES = List.of("impressions_count", "clicks_count",
            "spent_impressions", "spent_clicks", "spent_total", "conversion");

    @RegisterExtension
    static final BotTestServer server = new BotTestServer();

    @Test
    void theAdvertiserSeesEveryCampaignDeletedOnesMarkedAndExportsTheSameFiguresInTwoTaps() {
        BoundChat bound = server.boundAdvertiser("Кофейня", "ru");
        String advertiser = bound.advertiserId().toString();
        AdFixtures fixtures = new AdFixtures(server.http());
        String oldLocation = AdFixtures.uniqueLocation();
        String removed = fixtures.campaign(advertiser).location(oldLocation).adTitle(DELETED_TITLE)
                .impressionsLimit(50).clicksLimit(5).costPerImpression("0.125").costPerClick("2").create();
        List<String> oldClients = fixtures.newClients(3, oldLocation);
        oldClients.forEach(client -> assertEquals(removed, fixtures.shownAd(client)));
        fixtures.clicked(removed, oldClients.get(0));
        fixtures.deleteCampaign(advertiser, removed);
        String location = AdFixtures.uniqueLocation();
        String running = fixtures.campaign(advertiser).location(location).adTitle("Капучино")
                .impressionsLimit(100).clicksLimit(10).costPerImpression("0.50").costPerClick("1.25").create();
        List<String> clients = fixtures.newClients(2, location);
        clients.forEach(client -> assertEquals(running, fixtures.shownAd(client)));
        fixtures.clicked(running, clients.get(1));

        FakeChat chat = bound.chat();
        chat.pressButton("📊 Статистика");
        chat.awaitMessage(BotMessage::hasPhoto);
        chat.pressButton("📋 Все кампании");
        chat.awaitMessage(screen -> screen.contains("кампании: 2")
                && screen.contains("📢 Капучино\nПоказы: 2 / 100 · Клики: 1 / 10 · Потрачено: 2.25")
                && screen.contains("🗑 " + DELETED_TITLE + "\nПоказы: 3 / 50 · Клики: 1 / 5 · Потрачено: 2.375"));
        chat.pressButton("⬇️ Выгрузить CSV");
        BotMessage export = chat.awaitMessage(BotMessage::hasDocument);

        assertEquals("campaigns-" + advertiser + "-day-" + fixtures.today() + ".csv", export.documentName());
        String text = new String(export.document(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "marked as UTF-8 for spreadsheets");
        List<List<List<String>>> sections = sections(text.substring(1));
        assertEquals(2, sections.size(), text);
        List<Map<String, String>> campaigns = rows(sections.get(0));
        JsonNode breakdown = fixtures.advertiserBreakdown(advertiser);
        assertEquals(breakdown.size(), campaigns.size(), text);
        for (int i = 0; i < breakdown.size(); i++) {
            assertSameFigures(breakdown.get(i), campaigns.get(i));
        }
        assertEquals(List.of(running, removed), campaigns.stream().map(row -> row.get("campaign_id")).toList());
        assertEquals(List.of("false", "true"), campaigns.stream().map(row -> row.get("deleted")).toList());
        assertEquals(DELETED_TITLE, campaigns.get(1).get("ad_title"));
        assertDaysAddUpToTheirCampaign(rows(sections.get(1)), campaigns);
    }

    @Test
    void theExportIsTwoTapsFromTheMainMenuInEnglishToo() {
        BoundChat bound = server.boundAdvertiser("Bakery", "en");
        AdFixtures fixtures = new AdFixtures(server.http());
        fixtures.campaign(bound.advertiserId().toString()).location(AdFixtures.uniqueLocation()).adTitle("Bagels").create();

        FakeChat chat = bound.chat();
        chat.pressButton("📊 Statistics");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("⬇️ Export CSV"));
        chat.pressButton("⬇️ Export CSV");
        BotMessage export = chat.awaitMessage(BotMessage::hasDocument);

        assertTrue(new String(export.document(), StandardCharsets.UTF_8).contains("Bagels"));
    }

    @Test
    void aLongListComesInPagesAndAnAdvertiserWithoutCampaignsHasNothingToExport() {
        BoundChat bound = server.boundAdvertiser("Tea House", "en");
        FakeChat chat = bound.chat();
        chat.pressButton("📊 Statistics");
        chat.awaitScreen(screen -> screen.hasButtonLabeled("📋 All campaigns"));
        chat.pressButton("📋 All campaigns");
        chat.awaitScreen(screen -> screen.contains("No campaigns yet.") && !screen.hasButtonLabeled("⬇️ Export CSV"));

        AdFixtures fixtures = new AdFixtures(server.http());
        for (int i = 0; i < Lists.PAGE_SIZE + 1; i++) {
            fixtures.campaign(bound.advertiserId().toString()).adTitle("Blend " + i).create();
        }
        chat.pressRaw(chat.lastMessage().messageId(), "sac:" + bound.advertiserId() + ":1");
        chat.awaitScreen(screen -> screen.contains("campaigns: " + (Lists.PAGE_SIZE + 1)) && screen.contains("Blend 8")
                && lines(screen) == Lists.PAGE_SIZE && screen.hasButtonLabeled("⬇️ Export CSV"));
        chat.pressRaw(chat.lastMessage().messageId(), "sac:" + bound.advertiserId() + ":2");
        chat.awaitScreen(screen -> screen.contains("Blend 0") && lines(screen) == 1);
    }

    private static long lines(BotMessage screen) {
        return screen.text().lines().filter(line -> line.startsWith("Impressions: ")).count();
    }

    /** Every column of the CSV row is the REST entry's field: text as is, numbers by value. */
    private static void assertSameFigures(JsonNode entry, Map<String, String> row) {
        row.forEach((column, value) -> {
            JsonNode field = entry.get(column);
            if (field.isNumber()) {
                assertEquals(0, field.decimalValue().compareTo(new BigDecimal(value)), column + ": " + row + " vs " + entry);
            } else {
                assertEquals(field.asText(), value, column + ": " + row + " vs " + entry);
            }
        });
        assertEquals(entry.size(), row.size(), "the same columns as the REST fields: " + row.keySet());
    }

    private static void assertDaysAddUpToTheirCampaign(List<Map<String, String>> days, List<Map<String, String>> campaigns) {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (Map<String, String> day : days) {
            BigDecimal[] sum = sums.computeIfAbsent(day.get("campaign_id"), id -> new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            for (int i = 0; i < sum.length; i++) {
                sum[i] = sum[i].add(new BigDecimal(day.get(FIGURES.get(i))));
            }
        }
        for (Map<String, String> campaign : campaigns) {
            BigDecimal[] sum = sums.get(campaign.get("campaign_id"));
            for (int i = 0; i < sum.length; i++) {
                assertEquals(0, sum[i].compareTo(new BigDecimal(campaign.get(FIGURES.get(i)))), FIGURES.get(i) + " of " + campaign);
            }
        }
    }

    /** Rows by the header's names. */
    private static List<Map<String, String>> rows(List<List<String>> section) {
        List<String> header = section.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : section.subList(1, section.size())) {
            assertEquals(header.size(), record.size(), record.toString());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 records (CRLF ends, quoted fields with doubled quotes), split into sections at empty lines. */
    private static List<List<List<String>>> sections(String csv) {
        List<List<List<String>>> sections = new ArrayList<>(List.of(new ArrayList<>()));
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.startsWith("\r\n", i)) {
                i++;
                record.add(field.toString());
                field.setLength(0);
                if (record.equals(List.of(""))) {
                    sections.add(new ArrayList<>());
                } else {
                    sections.get(sections.size() - 1).add(record);
                }
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        assertTrue(record.isEmpty() && field.length() == 0, "the last record ends with CRLF");
        return sections;
    }
}

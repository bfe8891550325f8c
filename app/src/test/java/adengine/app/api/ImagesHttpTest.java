package adengine.app.api;

import static adengine.app.testing.AdFixtures.campaigns;
import static adengine.app.testing.AdFixtures.uniqueLocation;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.app.AppConfig;
import adengine.app.Application;
import adengine.app.testing.AdFixtures;
import adengine.app.testing.HttpClientForTests;
import adengine.app.testing.HttpClientForTests.Reply;
import adengine.app.testing.TestServer;
import adengine.core.testing.TestImages;
import adengine.persistence.objectstore.ObjectStoreConfig;
import adengine.persistence.testing.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "Images" extension of the contract: upload, replace, delete and the public GET of a
 * campaign's image, checked by content; image_url in Campaign and Ad; the objects in the S3 API
 * server; and an object store that does not answer (503 for image calls, the rest keeps working).
 * Multipart bodies are built by hand and the images are real PNG and JPEG files made with ImageIO.
 */
class ImagesHttpTest {
    private static final int MIB = 1024 * 1024;
    private static final String PNG = "image/png";
    private static final String JPEG = "image/jpeg";
    /** The bucket {@link TestServer#config} gives every server, in the shared in-process S3 server. */
    private static final String TEST_BUCKET = "adengine-test";

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final HttpClientForTests http = server.http();
    private static final AdFixtures fixtures = new AdFixtures(http);
    /** Images are binary: read them with a byte handler, not through {@link HttpClientForTests}'s strings. */
    private static final HttpClient BYTES = HttpClient.newHttpClient();

    // ---------------------------------------------------------------- upload

    @Test
    void uploadOfAPngIsCreatedWithTheImageUrl() {
        String campaign = newCampaign().campaign();
        byte[] png = png(40, 30);

        Reply reply = upload(http, campaign, multipart("file", "banner.png", PNG, png));

        assertEquals(201, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        assertEquals(Set.of("image_url"), keys(reply.json()), reply.body());
        assertEquals(imageUrl(campaign), reply.json().get("image_url").textValue(), reply.body());
        assertImage(http, campaign, png, PNG);
    }

    @Test
    void uploadOfAJpegIsCreated() {
        String campaign = newCampaign().campaign();
        byte[] jpeg = jpeg(64, 48);

        Reply reply = upload(http, campaign, multipart("file", "photo.jpg", JPEG, jpeg));

        assertEquals(201, reply.status(), reply.toString());
        assertEquals(imageUrl(campaign), reply.json().get("image_url").textValue(), reply.body());
        assertImage(http, campaign, jpeg, JPEG);
    }

    @Test
    void formatIsTakenFromTheContentNotFromTheNameOrThePartType() {
        String campaign = newCampaign().campaign();
        byte[] jpeg = jpeg(16, 16);

        Reply reply = upload(http, campaign, multipart("file", "looks-like.png", PNG, jpeg));

        assertEquals(201, reply.status(), reply.toString());
        assertImage(http, campaign, jpeg, JPEG);
    }

    @Test
    void textFileNamedPngIsUnsupportedAndNothingIsStored() {
        Ad ad = newCampaign();
        byte[] text = "this is not an image, whatever its name says\n".getBytes(StandardCharsets.UTF_8);

        Reply reply = upload(http, ad.campaign(), multipart("file", "x.png", PNG, text));

        assertError(415, "unsupported_media_type", reply);
        assertNoImage(http, ad);
        assertEquals(List.of(), objectsOf(ad.campaign()), "nothing reached the object store");
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {5 * MIB + 1, 6 * MIB})
    void fileOverFiveMibIsTooLarge(int size) {
        Ad ad = newCampaign();

        Reply reply = upload(http, ad.campaign(), multipart("file", "big.png", PNG, paddedPng(size)));

        assertError(413, "payload_too_large", reply);
        assertNoImage(http, ad);
        assertEquals(List.of(), objectsOf(ad.campaign()), "nothing reached the object store");
    }

    @Test
    void uploadsLeaveNoTemporaryFileBehindWhateverTheAnswer() throws IOException {
        Path uploads = server.dataDirectory().resolve("uploads");
        Ad ad = newCampaign();

        assertEquals(201, upload(http, ad.campaign(), multipart("file", "big.png", PNG, paddedPng(2 * MIB))).status());
        assertEquals(413, upload(http, ad.campaign(), multipart("file", "big.png", PNG, paddedPng(6 * MIB))).status());
        assertEquals(404, upload(http, UUID.randomUUID().toString(), multipart("file", "big.png", PNG, paddedPng(2 * MIB))).status());
        assertEquals(415, upload(http, ad.campaign(), multipart("file", "big.txt", PNG, "x".repeat(2 * MIB).getBytes())).status());

        try (Stream<Path> left = Files.list(uploads)) {
            assertEquals(List.of(), left.toList(), "buffered parts are deleted once the request is answered");
        }
    }

    @Test
    void fileOfExactlyFiveMibIsAcceptedAndKeptWithoutTheBytesAfterTheImage() {
        String campaign = newCampaign().campaign();
        byte[] png = png(16, 16);
        byte[] content = padded(png, 5 * MIB);

        Reply reply = upload(http, campaign, multipart("file", "big.png", PNG, content));

        assertEquals(201, reply.status(), reply.toString());
        assertImage(http, campaign, png, PNG);
    }

    @Test
    void theServedJpegHasNoExifGpsBlockAndTheSamePixels() {
        String campaign = newCampaign().campaign();
        byte[] original = TestImages.jpeg(64, 48, 11);
        byte[] fromACamera = TestImages.withExifGpsAndComment(original);
        assertTrue(TestImages.contains(fromACamera, "Exif") && TestImages.contains(fromACamera, TestImages.SECRET));

        Reply reply = upload(http, campaign, multipart("file", "photo.jpg", JPEG, fromACamera));
        HttpResponse<byte[]> served = getImage(http, campaign, null);

        assertEquals(201, reply.status(), reply.toString());
        assertEquals(200, served.statusCode());
        assertFalse(TestImages.contains(served.body(), "Exif"), "no EXIF block");
        assertFalse(TestImages.contains(served.body(), TestImages.SECRET), "no GPS datum, no comment");
        assertArrayEquals(TestImages.pixels(original), TestImages.pixels(served.body()), "the same picture");
    }

    @Test
    void theServedPngHasNoTextNorExifChunks() {
        String campaign = newCampaign().campaign();
        byte[] original = TestImages.png(30, 20, 12);

        Reply reply = upload(http, campaign, multipart("file", "banner.png", PNG, TestImages.withTextExifAndTrailer(original)));

        assertEquals(201, reply.status(), reply.toString());
        byte[] served = assertImage(http, campaign, original, PNG).body();
        assertFalse(TestImages.contains(served, TestImages.SECRET));
    }

    @Test
    void aSmallPngDeclaringOverFourMegapixelsIsABadRequestAndNothingIsStored() {
        Ad ad = newCampaign();
        byte[] bomb = TestImages.blackPng16(4096, 4096);
        assertTrue(bomb.length < 512 * 1024, "a few hundred KiB that decode to 128 MiB: " + bomb.length);

        Reply reply = upload(http, ad.campaign(), multipart("file", "bomb.png", PNG, bomb));

        assertError(400, "validation_failed", reply);
        assertEquals("file", reply.json().get("details").get(0).get("field").asText(), reply.toString());
        assertTrue(reply.body().contains("4194304 pixels"), reply.body());
        assertNoImage(http, ad);
        assertEquals(List.of(), objectsOf(ad.campaign()), "nothing reached the object store");
    }

    @Test
    void theImageIsServedWithNosniff() {
        String campaign = newCampaign().campaign();
        assertEquals(201, upload(http, campaign, multipart("file", "banner.png", PNG, png(8, 8))).status());

        HttpResponse<byte[]> image = getImage(http, campaign, null);

        assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @ParameterizedTest(name = "{0} x {1} pixels")
    @CsvSource({"5000, 2", "2, 5000", "4097, 1", "1, 4097"})
    void imageOver4096PixelsOnASideIsABadRequest(int width, int height) {
        Ad ad = newCampaign();

        Reply reply = upload(http, ad.campaign(), multipart("file", "wide.png", PNG, png(width, height)));

        assertError(400, "validation_failed", reply);
        assertEquals("file", reply.json().get("details").get(0).get("field").asText(), reply.toString());
        assertNoImage(http, ad);
    }

    @Test
    void imageOf4096PixelsOnBothSidesIsAccepted() {
        String campaign = newCampaign().campaign();
        byte[] png = png(4096, 1);
        byte[] tall = png(1, 4096);

        assertEquals(201, upload(http, campaign, multipart("file", "wide.png", PNG, png)).status());
        assertEquals(200, update(http, campaign, multipart("file", "tall.png", PNG, tall)).status());

        assertImage(http, campaign, tall, PNG);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT"})
    void requestThatIsNotMultipartIsUnsupported(String method) {
        Ad ad = newCampaign();
        String path = method.equals("POST") ? "/ads/" + ad.campaign() + "/upload-image" : "/ads/" + ad.campaign() + "/update-image";

        Reply raw = http.send(http.request(path).header("Content-Type", PNG).method(method, BodyPublishers.ofByteArray(png(8, 8))));
        Reply json = http.send(http.request(path).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString("{\"file\": \"iVBORw0KGgo=\"}")));

        assertError(415, "unsupported_media_type", raw);
        assertError(415, "unsupported_media_type", json);
        assertNoImage(http, ad);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT"})
    void multipartWithoutAFileFieldIsABadRequest(String method) {
        Ad ad = newCampaign();
        String path = method.equals("POST") ? "/ads/" + ad.campaign() + "/upload-image" : "/ads/" + ad.campaign() + "/update-image";

        Reply reply = http.send(http.request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .method(method, BodyPublishers.ofByteArray(multipart("image", "banner.png", PNG, png(8, 8)))));

        assertError(400, "validation_failed", reply);
        assertEquals("file", reply.json().get("details").get(0).get("field").asText(), reply.toString());
        assertNoImage(http, ad);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no boundary in the Content-Type", "a boundary the body does not use", "no closing boundary", "empty body"})
    void malformedMultipartIsABadRequestAndChangesNothing(String kind) {
        Ad ad = newCampaign();
        byte[] wellFormed = multipart("file", "banner.png", PNG, png(8, 8));
        String contentType = "multipart/form-data; boundary=" + BOUNDARY;
        byte[] body = wellFormed;
        switch (kind) {
            case "no boundary in the Content-Type" -> contentType = "multipart/form-data";
            case "a boundary the body does not use" -> contentType = "multipart/form-data; boundary=somethingElse";
            case "no closing boundary" -> body = Arrays.copyOf(wellFormed, wellFormed.length - ("\r\n--" + BOUNDARY + "--\r\n").length() - 20);
            default -> body = new byte[0];
        }

        Reply reply = http.send(http.request("/ads/" + ad.campaign() + "/upload-image")
                .header("Content-Type", contentType)
                .POST(BodyPublishers.ofByteArray(body)));

        assertError(400, "validation_failed", reply);
        assertNoImage(http, ad);
    }

    @Test
    void concurrentUploadsCreateOneImageAndKeepOneObject() {
        String campaign = newCampaign().campaign();
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            images.add(png(10 + i, 10));
        }

        List<Reply> replies = AdFixtures.concurrently(images.stream()
                .<Supplier<Reply>>map(png -> () -> upload(http, campaign, multipart("file", "banner.png", PNG, png)))
                .toList());

        assertEquals(1, replies.stream().filter(reply -> reply.status() == 201).count(), replies.toString());
        assertEquals(7, replies.stream().filter(reply -> reply.status() == 200).count(), replies.toString());
        replies.forEach(reply -> assertEquals(imageUrl(campaign), reply.json().get("image_url").textValue(), reply.body()));
        byte[] created = images.get(replies.indexOf(replies.stream().filter(reply -> reply.status() == 201).findFirst().orElseThrow()));
        assertImage(http, campaign, created, PNG);
        List<String> objects = objectsOf(campaign);
        assertEquals(1, objects.size(), "the losing uploads left nothing behind: " + objects);
    }

    @Test
    void concurrentUpdatesLeaveOneOfTheImagesAndOneObject() {
        String campaign = newCampaign().campaign();
        assertEquals(201, upload(http, campaign, multipart("file", "first.png", PNG, png(20, 20))).status());
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            images.add(png(10 + i, 10));
        }

        List<Reply> replies = AdFixtures.concurrently(images.stream()
                .<Supplier<Reply>>map(png -> () -> update(http, campaign, multipart("file", "banner.png", PNG, png)))
                .toList());

        replies.forEach(reply -> assertEquals(200, reply.status(), reply.toString()));
        HttpResponse<byte[]> image = getImage(http, campaign, null);
        assertEquals(200, image.statusCode());
        assertTrue(images.stream().anyMatch(png -> Arrays.equals(png, image.body())), "the image is one of the updates");
        List<String> objects = objectsOf(campaign);
        assertEquals(1, objects.size(), "every replaced object was removed: " + objects);
    }

    @Test
    void secondUploadAnswersTheExistingUrlAndKeepsTheFirstImage() {
        String campaign = newCampaign().campaign();
        byte[] first = png(20, 20);
        assertEquals(201, upload(http, campaign, multipart("file", "first.png", PNG, first)).status());
        String etag = getImage(http, campaign, null).headers().firstValue("ETag").orElse(null);

        Reply second = upload(http, campaign, multipart("file", "second.jpg", JPEG, jpeg(30, 30)));

        assertEquals(200, second.status(), second.toString());
        assertEquals(imageUrl(campaign), second.json().get("image_url").textValue(), second.body());
        HttpResponse<byte[]> image = assertImage(http, campaign, first, PNG);
        assertEquals(etag, image.headers().firstValue("ETag").orElse(null), "the image is unchanged");
        List<String> objects = objectsOf(campaign);
        assertEquals(1, objects.size(), "the second file was not left in the store: " + objects);
    }

    // ---------------------------------------------------------------- update

    @Test
    void updateReplacesTheImage() {
        String campaign = newCampaign().campaign();
        assertEquals(201, upload(http, campaign, multipart("file", "old.png", PNG, png(20, 20))).status());
        String oldEtag = getImage(http, campaign, null).headers().firstValue("ETag").orElseThrow();
        byte[] replacement = jpeg(50, 10);

        Reply reply = update(http, campaign, multipart("file", "new.jpg", JPEG, replacement));

        assertEquals(200, reply.status(), reply.toString());
        assertEquals(Set.of("image_url"), keys(reply.json()), reply.body());
        assertEquals(imageUrl(campaign), reply.json().get("image_url").textValue(), reply.body());
        HttpResponse<byte[]> image = assertImage(http, campaign, replacement, JPEG);
        String newEtag = image.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(oldEtag, newEtag, "a new image has a new ETag");
        assertEquals(304, getImage(http, campaign, newEtag).statusCode());
        assertEquals(200, getImage(http, campaign, oldEtag).statusCode(), "the old ETag no longer matches");
        List<String> objects = objectsOf(campaign);
        assertEquals(1, objects.size(), "the replaced object was removed: " + objects);
        assertTrue(objects.get(0).endsWith(".jpg"), objects.toString());
    }

    @Test
    void updateSetsTheImageOfACampaignThatHadNone() {
        Ad ad = newCampaign();
        byte[] png = png(12, 34);

        Reply reply = update(http, ad.campaign(), multipart("file", "banner.png", PNG, png));

        assertEquals(200, reply.status(), reply.toString());
        assertEquals(imageUrl(ad.campaign()), reply.json().get("image_url").textValue(), reply.body());
        assertImage(http, ad.campaign(), png, PNG);
        assertEquals(imageUrl(ad.campaign()), getCampaign(http, ad).get("image_url").textValue());
    }

    @Test
    void rejectedUpdateLeavesThePreviousImageInPlace() {
        String campaign = newCampaign().campaign();
        byte[] png = png(20, 20);
        assertEquals(201, upload(http, campaign, multipart("file", "banner.png", PNG, png)).status());
        String etag = getImage(http, campaign, null).headers().firstValue("ETag").orElseThrow();

        Reply text = update(http, campaign, multipart("file", "x.png", PNG, "plain text".getBytes(StandardCharsets.UTF_8)));
        Reply big = update(http, campaign, multipart("file", "big.png", PNG, paddedPng(6 * MIB)));
        Reply wide = update(http, campaign, multipart("file", "wide.png", PNG, png(5000, 2)));

        assertError(415, "unsupported_media_type", text);
        assertError(413, "payload_too_large", big);
        assertError(400, "validation_failed", wide);
        HttpResponse<byte[]> image = assertImage(http, campaign, png, PNG);
        assertEquals(etag, image.headers().firstValue("ETag").orElse(null));
        List<String> objects = objectsOf(campaign);
        assertEquals(1, objects.size(), objects.toString());
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deleteRemovesTheImageOnceAndThenItIsGone() {
        Ad ad = newCampaign();
        assertEquals(201, upload(http, ad.campaign(), multipart("file", "banner.png", PNG, png(20, 20))).status());

        Reply deleted = http.delete("/ads/" + ad.campaign() + "/delete-image");

        assertEquals(204, deleted.status(), deleted.toString());
        assertEquals("", deleted.body());
        assertNoImage(http, ad);
        assertEquals(List.of(), objectsOf(ad.campaign()), "the object was removed from the store");
        assertError(404, "not_found", http.delete("/ads/" + ad.campaign() + "/delete-image"));
        byte[] next = jpeg(10, 10);
        assertEquals(201, upload(http, ad.campaign(), multipart("file", "next.jpg", JPEG, next)).status(),
                "after a delete the campaign has no image, so an upload creates one");
        assertImage(http, ad.campaign(), next, JPEG);
    }

    @Test
    void deleteWithoutAnImageIsNotFound() {
        Ad ad = newCampaign();

        assertError(404, "not_found", http.delete("/ads/" + ad.campaign() + "/delete-image"));
        assertNoImage(http, ad);
    }

    // ---------------------------------------------------------------- GET image

    @Test
    void getReturnsTheExactBytesWithContentTypeCacheControlAndETag() {
        String campaign = newCampaign().campaign();
        byte[] png = png(33, 17);
        assertEquals(201, upload(http, campaign, multipart("file", "banner.png", PNG, png)).status());

        HttpResponse<byte[]> image = getImage(http, campaign, null);

        assertEquals(200, image.statusCode());
        assertArrayEquals(png, image.body());
        assertEquals(PNG, mediaType(image));
        assertEquals("public, no-cache", image.headers().firstValue("Cache-Control").orElse(null), "as documented in the README");
        String etag = image.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag, "an ETag");
        assertTrue(etag.matches("\"[^\"]+\""), "a strong, quoted entity tag: " + etag);
    }

    @Test
    void matchingIfNoneMatchIsNotModifiedWithAnEmptyBody() {
        String campaign = newCampaign().campaign();
        byte[] jpeg = jpeg(20, 20);
        assertEquals(201, upload(http, campaign, multipart("file", "photo.jpg", JPEG, jpeg)).status());
        String etag = getImage(http, campaign, null).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> same = getImage(http, campaign, etag);
        HttpResponse<byte[]> inAList = getImage(http, campaign, "\"something-else\", " + etag);
        HttpResponse<byte[]> weak = getImage(http, campaign, "W/" + etag);
        HttpResponse<byte[]> other = getImage(http, campaign, "\"something-else\"");

        assertEquals(304, same.statusCode());
        assertEquals(0, same.body().length, "a 304 has no body");
        assertEquals(etag, same.headers().firstValue("ETag").orElse(null));
        assertEquals(304, inAList.statusCode());
        assertEquals(304, weak.statusCode(), "If-None-Match compares weakly");
        assertEquals(200, other.statusCode());
        assertArrayEquals(jpeg, other.body());
        assertEquals(JPEG, mediaType(other));
    }

    @Test
    void getWithoutAnImageIsNotFound() {
        Ad ad = newCampaign();

        HttpResponse<byte[]> image = getImage(http, ad.campaign(), null);

        assertEquals(404, image.statusCode());
        assertTrue(new String(image.body(), StandardCharsets.UTF_8).contains("\"not_found\""), new String(image.body(), StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- image_url in Campaign and Ad

    @Test
    void imageUrlAppearsInTheCampaignAndInTheAd() {
        Ad ad = newCampaign();
        List<String> clients = fixtures.newClients(3, ad.location());
        JsonNode before = getCampaign(http, ad);
        Reply adBefore = fixtures.ad(clients.get(0));
        assertEquals(200, adBefore.status(), adBefore.toString());
        assertEquals(ad.campaign(), adBefore.json().get("ad_id").textValue());
        assertTrue(before.has("image_url") && before.get("image_url").isNull(), before.toString());
        assertTrue(adBefore.json().has("image_url") && adBefore.json().get("image_url").isNull(), adBefore.body());

        assertEquals(201, upload(http, ad.campaign(), multipart("file", "banner.png", PNG, png(20, 20))).status());

        assertEquals(imageUrl(ad.campaign()), getCampaign(http, ad).get("image_url").textValue());
        Reply adAfter = fixtures.ad(clients.get(1));
        assertEquals(200, adAfter.status(), adAfter.toString());
        assertEquals(ad.campaign(), adAfter.json().get("ad_id").textValue());
        assertEquals(imageUrl(ad.campaign()), adAfter.json().get("image_url").textValue(), adAfter.body());

        assertEquals(204, http.delete("/ads/" + ad.campaign() + "/delete-image").status());

        assertTrue(getCampaign(http, ad).get("image_url").isNull());
        Reply adDeleted = fixtures.ad(clients.get(2));
        assertEquals(200, adDeleted.status(), adDeleted.toString());
        assertTrue(adDeleted.json().get("image_url").isNull(), "no image after delete-image: " + adDeleted.body());
    }

    @Test
    void campaignListShowsTheImageUrl() {
        Ad ad = newCampaign();
        assertEquals(201, upload(http, ad.campaign(), multipart("file", "banner.png", PNG, png(20, 20))).status());

        Reply list = http.get(campaigns(ad.advertiser()));

        assertEquals(200, list.status(), list.toString());
        JsonNode items = list.json();
        assertTrue(items.isArray() && items.size() == 1, list.body());
        assertEquals(imageUrl(ad.campaign()), items.get(0).get("image_url").textValue(), list.body());
    }

    // ---------------------------------------------------------------- campaign deletion

    @Test
    void deletingTheCampaignRemovesItsImage() {
        Ad ad = newCampaign();
        assertEquals(201, upload(http, ad.campaign(), multipart("file", "banner.png", PNG, png(20, 20))).status());
        List<String> before = objectsOf(ad.campaign());
        assertEquals(1, before.size(), "the image is in the store before: " + before);

        fixtures.deleteCampaign(ad.advertiser(), ad.campaign());

        assertEquals(404, getImage(http, ad.campaign(), null).statusCode());
        assertEquals(List.of(), objectsOf(ad.campaign()), "the object went with the campaign");
        assertError(404, "not_found", http.delete("/ads/" + ad.campaign() + "/delete-image"));
        assertError(404, "not_found", upload(http, ad.campaign(), multipart("file", "banner.png", PNG, png(8, 8))));
        assertEquals(List.of(), objectsOf(ad.campaign()));
    }

    // ---------------------------------------------------------------- unknown and bad ids

    @Test
    void unknownCampaignIsNotFoundForAllFourEndpoints() {
        String unknown = UUID.randomUUID().toString();
        byte[] body = multipart("file", "banner.png", PNG, png(8, 8));

        assertError(404, "not_found", upload(http, unknown, body));
        assertError(404, "not_found", update(http, unknown, body));
        assertError(404, "not_found", http.delete("/ads/" + unknown + "/delete-image"));
        HttpResponse<byte[]> image = getImage(http, unknown, null);
        assertEquals(404, image.statusCode());
        assertTrue(new String(image.body(), StandardCharsets.UTF_8).contains("\"not_found\""));
        assertEquals(List.of(), objectsOf(unknown), "nothing stored for an unknown campaign");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"abc", "1-1-1-1-1", "null", "00000000-0000-0000-0000-00000000000g"})
    void badAdIdIsABadRequestForAllFourEndpoints(String adId) {
        byte[] body = multipart("file", "banner.png", PNG, png(8, 8));

        List<Reply> replies = List.of(
                upload(http, adId, body),
                update(http, adId, body),
                http.delete("/ads/" + adId + "/delete-image"),
                http.get("/ads/" + adId + "/image"));

        for (Reply reply : replies) {
            assertError(400, "validation_failed", reply);
            assertEquals("ad_id", reply.json().get("details").get(0).get("field").asText(), reply.toString());
        }
    }

    // ---------------------------------------------------------------- object store down

    /**
     * Two instances on the same database and Redis: {@code up} with the S3 server, {@code down}
     * with an object store at a port nobody listens on. Images are put in place through
     * {@code up} and requested through {@code down}.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ObjectStoreDown {
        private Application up;
        private Application down;
        private HttpClientForTests upHttp;
        private HttpClientForTests downHttp;
        private AdFixtures downFixtures;

        @BeforeAll
        void startOneInstanceWithAndOneWithoutItsObjectStore() throws IOException {
            AppConfig config = TestServer.config(null);
            up = Application.start(config);
            down = Application.start(config.withObjectStore(
                    new ObjectStoreConfig("http://127.0.0.1:" + closedPort(), "k", "s", config.objectStoreBucket())));
            upHttp = AdFixtures.http(up);
            downHttp = AdFixtures.http(down);
            downFixtures = new AdFixtures(downHttp);
        }

        @AfterAll
        void stopBoth() {
            if (down != null) {
                down.close();
            }
            if (up != null) {
                up.close();
            }
        }

        @Test
        void uploadIsUnavailableAndChangesNothing() {
            Ad ad = newCampaign(downFixtures);

            Reply reply = upload(downHttp, ad.campaign(), multipart("file", "banner.png", PNG, png(20, 20)));

            assertError(503, "service_unavailable", reply);
            assertNoImage(downHttp, ad);
        }

        @Test
        void updateOfACampaignWithoutImageIsUnavailableAndChangesNothing() {
            Ad ad = newCampaign(downFixtures);

            Reply reply = update(downHttp, ad.campaign(), multipart("file", "banner.png", PNG, png(20, 20)));

            assertError(503, "service_unavailable", reply);
            assertNoImage(downHttp, ad);
        }

        @Test
        void updateGetAndDeleteOfAnExistingImageAreUnavailableAndTheImageStays() {
            Ad ad = newCampaign(downFixtures);
            byte[] png = png(20, 20);
            assertEquals(201, upload(upHttp, ad.campaign(), multipart("file", "banner.png", PNG, png)).status());
            String etag = getImage(upHttp, ad.campaign(), null).headers().firstValue("ETag").orElseThrow();

            Reply update = update(downHttp, ad.campaign(), multipart("file", "new.jpg", JPEG, jpeg(20, 20)));
            HttpResponse<byte[]> get = getImage(downHttp, ad.campaign(), null);
            Reply delete = downHttp.delete("/ads/" + ad.campaign() + "/delete-image");

            assertError(503, "service_unavailable", update);
            assertEquals(503, get.statusCode());
            assertTrue(new String(get.body(), StandardCharsets.UTF_8).contains("\"service_unavailable\""),
                    new String(get.body(), StandardCharsets.UTF_8));
            assertError(503, "service_unavailable", delete);
            HttpResponse<byte[]> image = assertImage(upHttp, ad.campaign(), png, PNG);
            assertEquals(etag, image.headers().firstValue("ETag").orElse(null), "the image is unchanged");
            assertEquals(imageUrl(ad.campaign()), getCampaign(downHttp, ad).get("image_url").textValue());
        }

        @Test
        void matchingIfNoneMatchIsAnsweredWithoutTheObjectStore() {
            Ad ad = newCampaign(downFixtures);
            assertEquals(201, upload(upHttp, ad.campaign(), multipart("file", "banner.png", PNG, png(20, 20))).status());
            String etag = getImage(upHttp, ad.campaign(), null).headers().firstValue("ETag").orElseThrow();

            HttpResponse<byte[]> reply = getImage(downHttp, ad.campaign(), etag);

            assertEquals(304, reply.statusCode());
            assertEquals(0, reply.body().length);
        }

        @Test
        void otherEndpointsKeepWorking() {
            String location = uniqueLocation();
            String advertiser = downFixtures.newAdvertiser();
            String campaign = downFixtures.campaign(advertiser).location(location)
                    .startDate(downFixtures.today()).endDate(downFixtures.today() + 10).create();
            String client = downFixtures.newClient(location);

            Reply ad = downFixtures.ad(client);
            Reply health = downHttp.get("/health");

            assertEquals(200, ad.status(), ad.toString());
            assertEquals(campaign, ad.json().get("ad_id").textValue(), ad.body());
            assertTrue(ad.json().get("image_url").isNull(), ad.body());
            assertEquals(200, health.status(), health.toString());
            assertEquals("DEGRADED", health.json().get("status").textValue(), health.body());
            assertEquals("DOWN", health.json().get("dependencies").get("object_store").get("status").textValue(), health.body());
            assertEquals("UP", health.json().get("dependencies").get("database").get("status").textValue(), health.body());
            assertEquals("UP", upHttp.get("/health").json().get("status").textValue(), "the other instance reaches the store");
        }

        @Test
        void campaignWithAnImageCanStillBeDeleted() {
            Ad ad = newCampaign(downFixtures);
            assertEquals(201, upload(upHttp, ad.campaign(), multipart("file", "banner.png", PNG, png(20, 20))).status());

            Reply deleted = downHttp.delete(campaigns(ad.advertiser()) + "/" + ad.campaign());

            assertEquals(204, deleted.status(), deleted.toString());
            assertEquals(404, getImage(upHttp, ad.campaign(), null).statusCode());
            assertEquals(404, downHttp.get(campaigns(ad.advertiser()) + "/" + ad.campaign()).status());
        }
    }

    // ---------------------------------------------------------------- admin token

    /** A server with an admin token: only GET /ads/{adId}/image is public among the image endpoints. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithAnAdminToken {
        private static final String TOKEN = "images-test-token";
        private Application application;
        private HttpClientForTests anonymous;

        @BeforeAll
        void start() {
            application = Application.start(TestServer.config(TOKEN));
            anonymous = AdFixtures.http(application);
        }

        @AfterAll
        void stop() {
            if (application != null) {
                application.close();
            }
        }

        @Test
        void onlyTheImageGetIsPublic() {
            String advertiser = UUID.randomUUID().toString();
            Reply advertisers = withToken(anonymous.request("/advertisers/bulk")
                    .POST(BodyPublishers.ofString("[{\"advertiser_id\": \"" + advertiser + "\", \"name\": \"Shop\"}]")));
            assertEquals(201, advertisers.status(), advertisers.toString());
            int today = withToken(anonymous.request("/time").GET()).json().get("current_date").intValue();
            String create = new AdFixtures(anonymous).campaign(advertiser).startDate(today).endDate(today + 5).json();
            Reply created = withToken(anonymous.request(campaigns(advertiser)).POST(BodyPublishers.ofString(create)));
            assertEquals(201, created.status(), created.toString());
            String campaign = created.json().get("campaign_id").asText();
            byte[] png = png(20, 20);
            byte[] body = multipart("file", "banner.png", PNG, png);

            assertError(401, "unauthorized", upload(anonymous, campaign, body));
            Reply uploaded = withToken(anonymous.request("/ads/" + campaign + "/upload-image")
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(BodyPublishers.ofByteArray(body)));
            assertEquals(201, uploaded.status(), uploaded.toString());
            assertError(401, "unauthorized", update(anonymous, campaign, multipart("file", "other.png", PNG, png(9, 9))));
            assertError(401, "unauthorized", anonymous.delete("/ads/" + campaign + "/delete-image"));

            HttpResponse<byte[]> image = getImage(anonymous, campaign, null);
            assertEquals(200, image.statusCode(), "the ad slot shows the image without a token");
            assertArrayEquals(png, image.body(), "the refused update and delete changed nothing");
        }

        private Reply withToken(HttpRequest.Builder request) {
            return anonymous.send(request.header("Authorization", "Bearer " + TOKEN));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A campaign running from today, targeted at a location of its own. */
    private record Ad(String advertiser, String campaign, String location) {
    }

    private static Ad newCampaign() {
        return newCampaign(fixtures);
    }

    private static Ad newCampaign(AdFixtures fixtures) {
        String location = uniqueLocation();
        String advertiser = fixtures.newAdvertiser();
        return new Ad(advertiser, fixtures.campaign(advertiser).location(location).create(), location);
    }

    private static String imageUrl(String campaign) {
        return "/ads/" + campaign + "/image";
    }

    private static final String BOUNDARY = "----AdEngineImagesTest" + UUID.randomUUID().toString().replace("-", "");

    /** A multipart/form-data body (boundary {@link #BOUNDARY}) with one file part. */
    private static byte[] multipart(String field, String filename, String contentType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        ascii(body, "--" + BOUNDARY + "\r\n");
        ascii(body, "Content-Disposition: form-data; name=\"comment\"\r\n\r\n");
        ascii(body, "a text field before the file\r\n");
        ascii(body, "--" + BOUNDARY + "\r\n");
        ascii(body, "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename + "\"\r\n");
        ascii(body, "Content-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        ascii(body, "\r\n--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static Reply upload(HttpClientForTests client, String campaign, byte[] multipartBody) {
        return sendMultipart(client, "POST", "/ads/" + campaign + "/upload-image", multipartBody);
    }

    private static Reply update(HttpClientForTests client, String campaign, byte[] multipartBody) {
        return sendMultipart(client, "PUT", "/ads/" + campaign + "/update-image", multipartBody);
    }

    private static Reply sendMultipart(HttpClientForTests client, String method, String path, byte[] body) {
        return client.send(client.request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .method(method, BodyPublishers.ofByteArray(body)));
    }

    /** GET /ads/{id}/image with its body as bytes, with {@code If-None-Match} unless null. */
    private static HttpResponse<byte[]> getImage(HttpClientForTests client, String campaign, String ifNoneMatch) {
        HttpRequest.Builder request = client.request(imageUrl(campaign)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return BYTES.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails unless GET image answers 200 with exactly these bytes and this media type. */
    private static HttpResponse<byte[]> assertImage(HttpClientForTests client, String campaign, byte[] expected, String mediaType) {
        HttpResponse<byte[]> image = getImage(client, campaign, null);
        assertEquals(200, image.statusCode(), () -> new String(image.body(), StandardCharsets.UTF_8));
        assertEquals(mediaType, mediaType(image));
        assertArrayEquals(expected, image.body(), "the stored bytes are the uploaded bytes");
        return image;
    }

    /** Fails unless the campaign has no image: GET image 404 and image_url null. */
    private static void assertNoImage(HttpClientForTests client, Ad ad) {
        HttpResponse<byte[]> image = getImage(client, ad.campaign(), null);
        assertEquals(404, image.statusCode(), () -> "no image expected, got " + image.statusCode());
        JsonNode campaign = getCampaign(client, ad);
        assertTrue(campaign.has("image_url") && campaign.get("image_url").isNull(), campaign.toString());
    }

    private static JsonNode getCampaign(HttpClientForTests client, Ad ad) {
        Reply reply = client.get(campaigns(ad.advertiser()) + "/" + ad.campaign());
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static String mediaType(HttpResponse<?> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        return contentType.split(";")[0].trim().toLowerCase();
    }

    private static void assertError(int status, String error, Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        JsonNode body = reply.json();
        assertEquals(error, body.get("error").asText(), reply.toString());
        assertTrue(body.get("message").isTextual(), reply.toString());
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The keys stored under {@code campaigns/{campaignId}/} in the S3 server the test servers use. */
    private static List<String> objectsOf(String campaign) {
        List<String> keys = new ArrayList<>();
        try {
            for (Result<Item> item : s3().listObjects(ListObjectsArgs.builder()
                    .bucket(TEST_BUCKET).prefix("campaigns/" + campaign + "/").recursive(true).build())) {
                keys.add(item.get().objectName());
            }
        } catch (Exception e) {
            throw new AssertionError("could not list the objects of campaign " + campaign, e);
        }
        return keys;
    }

    private static MinioClient s3;

    /** A client of the in-process S3 server, built once (building one takes most of a second). */
    private static synchronized MinioClient s3() {
        if (s3 == null) {
            ObjectStoreConfig store = TestInfrastructure.get().objectStore(TEST_BUCKET);
            s3 = MinioClient.builder().endpoint(store.endpoint()).credentials(store.accessKey(), store.secretKey()).build();
        }
        return s3;
    }

    /** A port that was free a moment ago and that nothing listens on now. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // ---------------------------------------------------------------- images

    private static final Random RANDOM = new Random();

    /** A real PNG of random pixels, so that every call gives different bytes. */
    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        fill(image);
        return encode(image, "png");
    }

    private static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        fill(image);
        return encode(image, "jpg");
    }

    /** A small real PNG followed by filler bytes up to {@code size}: its header still decodes. */
    private static byte[] paddedPng(int size) {
        return padded(png(16, 16), size);
    }

    private static byte[] padded(byte[] png, int size) {
        byte[] padded = Arrays.copyOf(png, size);
        Arrays.fill(padded, png.length, size, (byte) 'x');
        return padded;
    }

    private static void fill(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xff000000 | RANDOM.nextInt(0x1000000));
            }
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

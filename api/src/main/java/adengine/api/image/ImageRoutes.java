package adengine.api.image;

import adengine.api.campaign.ImageUrls;
import adengine.api.http.Json;
import adengine.api.http.MultipartFile;
import adengine.api.http.Uuids;
import adengine.core.image.Image;
import adengine.core.image.ImageService;
import adengine.core.image.StoredImage;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import spark.Request;
import spark.Service;

/** Campaign images: upload (multipart field {@code file}), replace, delete, and the public GET. */
public final class ImageRoutes {
    private final ImageService images;
    private final Json json;
    private final MultipartFile files;

    /** {@code files}: uploads within the server's body limit reach the image rules, which answer 413 above 5 MiB. */
    public ImageRoutes(ImageService images, Json json, MultipartFile files) {
        this.images = Objects.requireNonNull(images);
        this.json = Objects.requireNonNull(json);
        this.files = Objects.requireNonNull(files);
    }

    public void register(Service http) {
        http.post("/ads/:adId/upload-image", (req, res) -> {
            ImageService.Upload upload = images.upload(adId(req), file(req));
            return json.respond(res, upload.created() ? 201 : 200, Map.of("image_url", ImageUrls.of(upload.campaign())));
        });
        http.put("/ads/:adId/update-image", (req, res) ->
                json.respond(res, 200, Map.of("image_url", ImageUrls.of(images.replace(adId(req), file(req))))));
        http.delete("/ads/:adId/delete-image", (req, res) -> {
            images.delete(adId(req));
            res.status(204);
            return "";
        });
        http.get("/ads/:adId/image", (req, res) -> {
            UUID adId = adId(req);
            String key = images.imageKey(adId);
            String etag = etag(key);
            res.header("ETag", etag);
            res.header("Cache-Control", "public, no-cache");
            if (matches(req.headers("If-None-Match"), etag)) {
                res.status(304);
                return "";
            }
            StoredImage image = images.read(adId, key);
            res.type(image.contentType());
            return image.content();
        });
    }

    /** Keys are unique per upload, so the key's random part is a strong validator of the content. */
    private static String etag(String key) {
        return "\"" + key.substring(key.lastIndexOf('/') + 1, key.lastIndexOf('.')) + "\"";
    }

    /** If-None-Match holds a list of tags, maybe weak ({@code W/"…"}) or {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private byte[] file(Request req) {
        return files.read(req, "file", Image.MAX_BYTES);
    }

    private static UUID adId(Request req) {
        return Uuids.parameter("ad_id", req.params("adId"));
    }
}

package adengine.api.image;

import adengine.api.campaign.ImageUrls;
import adengine.api.http.Json;
import adengine.api.http.Uuids;
import adengine.core.common.PayloadTooLargeException;
import adengine.core.common.UnsupportedMediaException;
import adengine.core.common.ValidationException;
import adengine.core.image.Image;
import adengine.core.image.ImageService;
import adengine.core.image.StoredImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.servlet.MultipartConfigElement;
import javax.servlet.ServletException;
import javax.servlet.http.Part;
import spark.Request;
import spark.Service;

/** Campaign images: upload (multipart field {@code file}), replace, delete, and the public GET. */
public final class ImageRoutes {
    /** Parts up to 16 MiB reach the image rules, which answer 413 above 5 MiB; larger bodies are refused earlier. */
    private static final MultipartConfigElement MULTIPART = new MultipartConfigElement(
            System.getProperty("java.io.tmpdir"), 16L * 1024 * 1024, 16L * 1024 * 1024, 1024 * 1024);

    private final ImageService images;
    private final Json json;

    public ImageRoutes(ImageService images, Json json) {
        this.images = Objects.requireNonNull(images);
        this.json = Objects.requireNonNull(json);
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

    private static byte[] file(Request req) {
        String contentType = req.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            throw new UnsupportedMediaException("send the image as multipart/form-data in the field 'file'");
        }
        req.attribute("org.eclipse.jetty.multipartConfig", MULTIPART);
        try {
            Part part = req.raw().getPart("file");
            if (part == null) {
                throw new ValidationException("file", "is required (a multipart field named 'file')");
            }
            try (InputStream in = part.getInputStream()) {
                return in.readNBytes(Image.MAX_BYTES + 1);
            }
        } catch (IllegalStateException e) {
            throw new PayloadTooLargeException("the upload is larger than 16 MiB");
        } catch (IOException | ServletException e) {
            throw new ValidationException("file", "could not be read as multipart/form-data: " + e.getMessage());
        }
    }

    private static UUID adId(Request req) {
        return Uuids.parameter("ad_id", req.params("adId"));
    }
}

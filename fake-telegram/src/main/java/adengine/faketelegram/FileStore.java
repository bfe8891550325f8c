package adengine.faketelegram;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLConnection;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** The files known to the fake, by file id and by download path. Guarded by the fake's lock. */
final class FileStore {

    private final Map<String, StoredFile> byId = new HashMap<>();
    private final Map<String, StoredFile> byPath = new HashMap<>();
    private int next = 1;

    StoredFile storePhoto(byte[] bytes) {
        BufferedImage image = decode(bytes);
        if (image == null) {
            throw BotApiException.badRequest("IMAGE_PROCESS_FAILED");
        }
        int longer = Math.max(image.getWidth(), image.getHeight());
        int shorter = Math.min(image.getWidth(), image.getHeight());
        // Telegram's limits for a photo: width and height at most 10000 together, one at most 20 times the other
        if (image.getWidth() + image.getHeight() > 10_000 || longer > 20 * shorter) {
            throw BotApiException.badRequest("PHOTO_INVALID_DIMENSIONS");
        }
        boolean png = bytes.length > 1 && bytes[0] == (byte) 0x89 && bytes[1] == 'P';
        return store("photos/file_" + next + (png ? ".png" : ".jpg"), bytes, null, png ? "image/png" : "image/jpeg",
                image.getWidth(), image.getHeight());
    }

    StoredFile storeDocument(byte[] bytes, String fileName, String mimeType) {
        if (bytes.length == 0) {
            throw BotApiException.badRequest("file must be non-empty");
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName;
        String type = mimeType == null || mimeType.isBlank() || mimeType.startsWith("application/octet-stream")
                ? URLConnection.guessContentTypeFromName(name) : mimeType;
        return store("documents/file_" + next + "_" + name.replaceAll("[^\\w.-]", "_"), bytes, name,
                type == null ? "application/octet-stream" : type, 0, 0);
    }

    private StoredFile store(String path, byte[] bytes, String fileName, String mimeType, int width, int height) {
        int n = next++;
        StoredFile file = new StoredFile("AgACAgIAAxkBAAI" + n + "fake", "AQAD" + n, path, bytes.clone(), fileName,
                mimeType, width, height);
        byId.put(file.fileId(), file);
        byPath.put(path, file);
        return file;
    }

    StoredFile byId(String fileId) {
        return byId.get(fileId);
    }

    StoredFile byPath(String path) {
        return byPath.get(path);
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }
}

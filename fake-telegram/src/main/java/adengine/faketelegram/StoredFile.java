package adengine.faketelegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A file the fake keeps, whoever uploaded it: reachable by getFile and the download URL. */
record StoredFile(String fileId, String uniqueId, String path, byte[] bytes, String fileName, String mimeType,
                  int width, int height) {

    ObjectNode fileJson(ObjectMapper json) {
        ObjectNode file = json.createObjectNode();
        file.put("file_id", fileId).put("file_unique_id", uniqueId).put("file_size", bytes.length);
        file.put("file_path", path);
        return file;
    }

    ObjectNode photoSizeJson(ObjectMapper json) {
        ObjectNode size = json.createObjectNode();
        size.put("file_id", fileId).put("file_unique_id", uniqueId).put("file_size", bytes.length);
        size.put("width", width).put("height", height);
        return size;
    }

    ObjectNode documentJson(ObjectMapper json) {
        ObjectNode document = json.createObjectNode();
        document.put("file_id", fileId).put("file_unique_id", uniqueId).put("file_size", bytes.length);
        document.put("file_name", fileName).put("mime_type", mimeType);
        return document;
    }
}

package adengine.faketelegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A multipart/form-data body split into text fields and file parts. */
record Multipart(Map<String, String> fields, Map<String, Part> files) {

    private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** A part that carried a file name: an upload. */
    record Part(String fileName, String contentType, byte[] bytes) {
    }

    static Multipart parse(byte[] body, String boundary) {
        byte[] data = new byte[body.length + 2];
        data[0] = '\r';
        data[1] = '\n';
        System.arraycopy(body, 0, data, 2, body.length);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Part> files = new LinkedHashMap<>();
        int at = indexOf(data, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < data.length && data[start] == '-' && data[start + 1] == '-') {
                break;
            }
            int next = indexOf(data, delimiter, start);
            int headersEnd = indexOf(data, HEADER_END, start);
            if (next < 0 || headersEnd < 0 || headersEnd > next) {
                throw BotApiException.badRequest("malformed multipart body");
            }
            String headers = new String(data, start, headersEnd - start, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(data, headersEnd + HEADER_END.length, next);
            addPart(headers, content, fields, files);
            at = next;
        }
        return new Multipart(fields, files);
    }

    private static void addPart(String headers, byte[] content, Map<String, String> fields, Map<String, Part> files) {
        String disposition = header(headers, "content-disposition");
        Matcher name = NAME.matcher(disposition);
        if (!name.find()) {
            throw BotApiException.badRequest("multipart part without a name");
        }
        Matcher fileName = FILENAME.matcher(disposition);
        if (fileName.find()) {
            files.put(name.group(1), new Part(fileName.group(1), header(headers, "content-type"), content));
        } else {
            fields.put(name.group(1), new String(content, StandardCharsets.UTF_8));
        }
    }

    private static String header(String headers, String wanted) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(wanted)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package adengine.api.http;

import adengine.core.common.PayloadTooLargeException;
import adengine.core.common.UnsupportedMediaException;
import adengine.core.common.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.servlet.MultipartConfigElement;
import javax.servlet.ServletException;
import javax.servlet.http.Part;
import org.eclipse.jetty.http.BadMessageException;
import spark.Request;

/**
 * One file field of a {@code multipart/form-data} request, read through the servlet container with
 * its size bounded, and the container's complaints turned into the API's errors: a body over the
 * limit is 413, a malformed one 400. Parts over 1 MiB are buffered as files in the upload folder,
 * which the container deletes when the request is answered.
 */
public final class MultipartFile {
    private static final String CONFIG_ATTRIBUTE = "org.eclipse.jetty.multipartConfig";
    private static final int IN_MEMORY_PART_BYTES = 1024 * 1024;

    private final MultipartConfigElement config;
    private final long maxRequestBytes;

    public MultipartFile(Path uploadDirectory, long maxRequestBytes) {
        this.config = new MultipartConfigElement(uploadDirectory.toString(), maxRequestBytes, maxRequestBytes, IN_MEMORY_PART_BYTES);
        this.maxRequestBytes = maxRequestBytes;
    }

    /** The field's content, at most {@code maxBytes} + 1 bytes of it (so a caller can tell "too large"). */
    public byte[] read(Request request, String field, int maxBytes) {
        String contentType = request.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            throw new UnsupportedMediaException("send the file as multipart/form-data in the field '" + field + "'");
        }
        request.attribute(CONFIG_ATTRIBUTE, config);
        try {
            Part part = request.raw().getPart(field);
            if (part == null) {
                throw new ValidationException(field, InputProblem.MULTIPART_FIELD_REQUIRED, field);
            }
            try (InputStream in = part.getInputStream()) {
                return in.readNBytes(maxBytes + 1);
            }
        } catch (IllegalStateException e) {
            throw tooLarge();
        } catch (BadMessageException e) {
            if (e.getCode() == 413) {
                throw tooLarge();
            }
            throw malformed(field, e);
        } catch (IOException | ServletException e) {
            throw malformed(field, e);
        }
    }

    private PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("the upload is larger than " + (maxRequestBytes >> 20) + " MiB");
    }

    private static ValidationException malformed(String field, Exception e) {
        return new ValidationException(field, InputProblem.MULTIPART_UNREADABLE, e.getMessage());
    }
}

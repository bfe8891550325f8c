package adengine.core.image;

import java.util.Optional;

/**
 * Where image bytes live (an S3 bucket). Every method throws
 * {@link adengine.core.common.UnavailableException} when the store does not answer.
 */
public interface ImageStore {
    void put(String key, byte[] content, String contentType);

    Optional<StoredImage> get(String key);

    void delete(String key);
}

package adengine.persistence.objectstore;

import java.util.Objects;

/** Where the S3-compatible object store is, and the bucket that holds AdEngine's objects. */
public record ObjectStoreConfig(String endpoint, String accessKey, String secretKey, String bucket) {
    public ObjectStoreConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(bucket, "bucket");
    }

    @Override
    public String toString() {
        return "ObjectStoreConfig[endpoint=" + endpoint + ", bucket=" + bucket + "]";
    }
}

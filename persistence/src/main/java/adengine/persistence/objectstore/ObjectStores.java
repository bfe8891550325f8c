package adengine.persistence.objectstore;

import io.minio.MinioClient;
import java.util.concurrent.TimeUnit;

/** Builds the MinIO client with timeouts, so that a dead object store fails calls quickly. */
public final class ObjectStores {
    private ObjectStores() {
    }

    public static MinioClient connect(ObjectStoreConfig config) {
        MinioClient client = MinioClient.builder()
                .endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey())
                .build();
        client.setTimeout(TimeUnit.SECONDS.toMillis(2), TimeUnit.SECONDS.toMillis(10), TimeUnit.SECONDS.toMillis(10));
        return client;
    }
}

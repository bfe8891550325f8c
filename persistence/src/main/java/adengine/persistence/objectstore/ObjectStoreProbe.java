package adengine.persistence.objectstore;

import adengine.core.health.DependencyProbe;
import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import java.util.Objects;

/** The object store answers a bucket lookup. */
public final class ObjectStoreProbe implements DependencyProbe {
    private final MinioClient minio;
    private final String bucket;

    public ObjectStoreProbe(MinioClient minio, String bucket) {
        this.minio = Objects.requireNonNull(minio);
        this.bucket = Objects.requireNonNull(bucket);
    }

    @Override
    public String name() {
        return "object_store";
    }

    @Override
    public boolean essential() {
        return false;
    }

    @Override
    public void check() throws Exception {
        minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
    }
}

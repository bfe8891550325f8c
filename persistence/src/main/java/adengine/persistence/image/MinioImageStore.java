package adengine.persistence.image;

import adengine.core.common.UnavailableException;
import adengine.core.image.ImageStore;
import adengine.core.image.StoredImage;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Images in an S3 bucket through the MinIO client. The bucket is created when missing. Any failure
 * to reach the store is an {@link UnavailableException}, which the API answers with 503.
 */
public final class MinioImageStore implements ImageStore {
    private final MinioClient minio;
    private final String bucket;
    private volatile boolean bucketReady;

    public MinioImageStore(MinioClient minio, String bucket) {
        this.minio = Objects.requireNonNull(minio);
        this.bucket = Objects.requireNonNull(bucket);
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        call(() -> {
            ensureBucket();
            minio.putObject(PutObjectArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .stream(new ByteArrayInputStream(content), (long) content.length, -1L)
                    .contentType(contentType)
                    .build());
            return null;
        });
    }

    @Override
    public Optional<StoredImage> get(String key) {
        return call(() -> {
            try (GetObjectResponse object = minio.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
                String contentType = object.headers().get("Content-Type");
                return Optional.of(new StoredImage(object.readAllBytes(), contentType));
            } catch (ErrorResponseException e) {
                if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchBucket".equals(e.errorResponse().code())) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public void delete(String key) {
        call(() -> {
            minio.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    private void ensureBucket() throws Exception {
        if (!bucketReady) {
            if (!minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                minio.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
            bucketReady = true;
        }
    }

    private <T> T call(StoreCall<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new UnavailableException("the object store did not answer: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface StoreCall<T> {
        T run() throws Exception;
    }
}

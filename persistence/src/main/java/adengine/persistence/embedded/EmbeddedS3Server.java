package adengine.persistence.embedded;

import adengine.persistence.objectstore.ObjectStoreConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

/** An S3 API server (S3Proxy) in this process, storing objects as files in a data folder. */
public final class EmbeddedS3Server implements AutoCloseable {
    private static final String ACCESS_KEY = "adengine-local";
    private static final String SECRET_KEY = "adengine-local-secret";

    private final S3Proxy proxy;
    private final int port;

    private EmbeddedS3Server(S3Proxy proxy, int port) {
        this.proxy = proxy;
        this.port = port;
    }

    public static EmbeddedS3Server start(Path dataDirectory) {
        int port = FreePort.find();
        try {
            Files.createDirectories(dataDirectory);
            Properties properties = new Properties();
            properties.setProperty("jclouds.filesystem.basedir", dataDirectory.toAbsolutePath().toString());
            properties.setProperty("jclouds.identity", ACCESS_KEY);
            properties.setProperty("jclouds.credential", SECRET_KEY);
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(BlobStores.create("filesystem", properties))
                    .endpoint(URI.create("http://127.0.0.1:" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            return new EmbeddedS3Server(proxy, port);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded S3 server did not start in " + dataDirectory, e);
        }
    }

    public ObjectStoreConfig objectStore(String bucket) {
        return new ObjectStoreConfig("http://127.0.0.1:" + port, ACCESS_KEY, SECRET_KEY, bucket);
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}

package cn.wangben.devstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * Process main: S3Proxy over a folder (objects are files, metadata in extended attributes). Arguments: port,
 * folder, bucket to create; the keys come from the environment so they stay out of `ps`.
 */
final class S3Server {

    static final String ACCESS_KEY_ENV = "DEVSTACK_S3_ACCESS_KEY";
    static final String SECRET_KEY_ENV = "DEVSTACK_S3_SECRET_KEY";

    private S3Server() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        String bucket = args[2];
        Files.createDirectories(dir);
        BlobStore store = new FilesystemNio2BlobStore(dir.toString());
        // The services create the bucket too; having it up front makes the stack usable before they run.
        if (!store.containerExists(bucket)) {
            store.createContainer(bucket);
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://" + DevCredentials.LOOPBACK + ":" + port))
                .awsAuthentication(
                        AuthenticationType.AWS_V2_OR_V4, System.getenv(ACCESS_KEY_ENV), System.getenv(SECRET_KEY_ENV))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(proxy), "s3-shutdown"));
        proxy.start();
        System.out.println("S3Proxy listening on " + port + ", data in " + dir);
    }

    private static void stop(S3Proxy proxy) {
        try {
            proxy.stop();
        } catch (Exception e) {
            System.err.println("S3Proxy did not stop cleanly: " + e);
        }
    }
}

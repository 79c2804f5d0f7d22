package cn.wangben.assignment.document.storage;

import cn.wangben.platform.net.NoDelaySocketFactory;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.http.Method;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

/** The service's one bucket: essays and course materials under server-generated keys, never under a file's name. */
@Component
public class ObjectBucket {
    private static final Logger log = LoggerFactory.getLogger(ObjectBucket.class);
    private static final long UNKNOWN_PART_SIZE = -1;
    private final MinioClient client;
    private final MinioClient signer;
    private final String bucket;
    private volatile boolean bucketReady;

    ObjectBucket(StorageProperties properties) {
        this.bucket = properties.bucket();
        this.client = client(properties.endpoint(), properties);
        // Signing is local (the region is given), so this client never connects to the public address itself.
        this.signer = client(properties.signingEndpoint(), properties);
    }

    /** {@code downloadName}, when given, is what a browser saves the object as. */
    public void put(String key, byte[] content, String contentType, String downloadName) {
        ensureBucket();
        Map<String, String> headers = downloadName == null
                ? Map.of()
                : Map.of(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(downloadName, StandardCharsets.UTF_8)
                                .build()
                                .toString());
        try {
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(
                            new ByteArrayInputStream(content), content.length, UNKNOWN_PART_SIZE)
                    .contentType(contentType)
                    .headers(headers)
                    .build());
        } catch (Exception e) {
            throw new StorageUnavailableException("put " + key, e);
        }
    }

    public byte[] get(String key) {
        try (InputStream in = client.getObject(
                GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new StorageUnavailableException("get " + key, e);
        }
    }

    /** Best effort: called to undo a put whose record could not be stored; a leftover is logged, not raised. */
    public void delete(String key) {
        try {
            client.removeObject(
                    RemoveObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (Exception e) {
            log.warn("Could not remove orphan object {}: {}", key, e.toString());
        }
    }

    /** A GET link that works without credentials until it expires. */
    public String presignedGet(String key, Duration expiry) {
        try {
            return signer.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                    .method(Method.GET)
                    .bucket(bucket)
                    .object(key)
                    .expiry((int) expiry.toSeconds())
                    .build());
        } catch (Exception e) {
            throw new StorageUnavailableException("sign " + key, e);
        }
    }

    private void ensureBucket() {
        if (bucketReady) {
            return;
        }
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
            bucketReady = true;
        } catch (Exception e) {
            throw new StorageUnavailableException("bucket " + bucket, e);
        }
    }

    private static MinioClient client(String endpoint, StorageProperties properties) {
        return MinioClient.builder()
                .endpoint(endpoint)
                .credentials(properties.accessKey(), properties.secretKey())
                .region(properties.region())
                .httpClient(new OkHttpClient.Builder()
                        .socketFactory(new NoDelaySocketFactory())
                        .build())
                .build();
    }
}

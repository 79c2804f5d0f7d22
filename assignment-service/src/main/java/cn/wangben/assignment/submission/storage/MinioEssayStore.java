package cn.wangben.assignment.submission.storage;

import cn.wangben.assignment.submission.EssayStore;
import cn.wangben.platform.net.NoDelaySocketFactory;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
class MinioEssayStore implements EssayStore {
    private static final Logger log = LoggerFactory.getLogger(MinioEssayStore.class);
    private static final long UNKNOWN_PART_SIZE = -1;
    private final MinioClient client;
    private final String bucket;
    private volatile boolean bucketReady;

    MinioEssayStore(StorageProperties properties) {
        this.bucket = properties.bucket();
        this.client = MinioClient.builder()
                .endpoint(properties.endpoint())
                .credentials(properties.accessKey(), properties.secretKey())
                .region(properties.region())
                .httpClient(new OkHttpClient.Builder()
                        .socketFactory(new NoDelaySocketFactory())
                        .build())
                .build();
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        ensureBucket();
        try {
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(
                            new ByteArrayInputStream(content), content.length, UNKNOWN_PART_SIZE)
                    .contentType(contentType)
                    .build());
        } catch (Exception e) {
            throw new StorageUnavailableException("put " + key, e);
        }
    }

    @Override
    public byte[] get(String key) {
        try (InputStream in = client.getObject(
                GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new StorageUnavailableException("get " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            client.removeObject(
                    RemoveObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (Exception e) {
            log.warn("Could not remove orphan object {}: {}", key, e.toString());
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
}

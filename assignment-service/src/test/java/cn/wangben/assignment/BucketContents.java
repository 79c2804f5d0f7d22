package cn.wangben.assignment;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;

/** Reads the service's bucket directly, to check what was (and was not) stored. */
public class BucketContents {
    private final MinioClient client;
    private final String bucket;

    public BucketContents(Environment environment) {
        this.bucket = environment.getProperty("wangben.storage.bucket", "wangben-essays");
        this.client = MinioClient.builder()
                .endpoint(environment.getRequiredProperty("wangben.storage.endpoint"))
                .credentials(
                        environment.getRequiredProperty("wangben.storage.access-key"),
                        environment.getRequiredProperty("wangben.storage.secret-key"))
                .region(environment.getProperty("wangben.storage.region", "us-east-1"))
                .build();
    }

    /** Every key under the prefix; empty when nothing (or not even the bucket) exists. */
    public List<String> keys(String prefix) throws Exception {
        List<String> keys = new ArrayList<>();
        if (!client.bucketExists(
                io.minio.BucketExistsArgs.builder().bucket(bucket).build())) {
            return keys;
        }
        for (Result<Item> item : client.listObjects(ListObjectsArgs.builder()
                .bucket(bucket)
                .prefix(prefix)
                .recursive(true)
                .build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    public byte[] get(String key) throws Exception {
        try (InputStream in = client.getObject(
                GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            return in.readAllBytes();
        }
    }
}

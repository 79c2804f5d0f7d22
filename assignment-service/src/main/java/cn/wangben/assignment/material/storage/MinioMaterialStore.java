package cn.wangben.assignment.material.storage;

import cn.wangben.assignment.document.storage.ObjectBucket;
import cn.wangben.assignment.material.MaterialStore;
import java.time.Duration;
import org.springframework.stereotype.Component;

@Component
class MinioMaterialStore implements MaterialStore {
    private final ObjectBucket bucket;

    MinioMaterialStore(ObjectBucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] content, String contentType, String downloadName) {
        bucket.put(key, content, contentType, downloadName);
    }

    @Override
    public void delete(String key) {
        bucket.delete(key);
    }

    @Override
    public String downloadLink(String key, Duration expiry) {
        return bucket.presignedGet(key, expiry);
    }
}

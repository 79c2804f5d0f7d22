package cn.wangben.assignment.submission.storage;

import cn.wangben.assignment.document.storage.ObjectBucket;
import cn.wangben.assignment.submission.EssayStore;
import org.springframework.stereotype.Component;

@Component
class MinioEssayStore implements EssayStore {
    private final ObjectBucket bucket;

    MinioEssayStore(ObjectBucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        bucket.put(key, content, contentType, null);
    }

    @Override
    public byte[] get(String key) {
        return bucket.get(key);
    }

    @Override
    public void delete(String key) {
        bucket.delete(key);
    }
}

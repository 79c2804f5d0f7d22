package cn.wangben.mongolocal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;

/**
 * The check both local servers' back ends pass (shared through mongo-local's test jar): an attempt counter's
 * {@code $inc} answered with the new document gives every caller a value of its own, as MongoDB does.
 */
public final class ConcurrentIncrements {
    private static final int THREADS = 16;
    private static final int EACH = 200;

    private ConcurrentIncrements() {}

    public static void assertEachCallerReadsItsOwnValue(MongoCollection<Document> collection) throws Exception {
        Set<Integer> read = ConcurrentHashMap.newKeySet();
        AtomicInteger twice = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < EACH; i++) {
                        Document counter = collection.findOneAndUpdate(
                                Filters.eq("_id", "module:teacher"),
                                Updates.inc("n", 1),
                                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                        if (!read.add(counter.getInteger("n"))) {
                            twice.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(twice).as("values read by two callers").hasValue(0);
        assertThat(read).hasSize(THREADS * EACH);
    }
}

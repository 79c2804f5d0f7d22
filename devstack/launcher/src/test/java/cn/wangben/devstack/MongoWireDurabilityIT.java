package cn.wangben.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Mongo-wire server as its own process, killed with kill -9 right after a burst of acknowledged writes: an
 * acknowledged insert or $inc must be in the file when the server comes back (a receipt stands on it). Prints the
 * insert rate, the price of committing before each reply.
 */
class MongoWireDurabilityIT {

    private static final String DATABASE = "durability";
    private static final int THREADS = 8;
    private static final Duration BURST = Duration.ofSeconds(Long.getLong("durability.burstSeconds", 5));
    private static final String PADDING = "研修心得".repeat(400); // ~1,600 characters, an essay-sized record

    @TempDir
    Path home;

    @Test
    void acknowledgedWritesSurviveKillMinusNine() throws Exception {
        NodeContext ctx = NodeContext.of(DevstackOptions.forTests(DevstackOptions.findRoot(), home));
        ManagedProcess server = start(ctx);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong increments = new AtomicLong();
        double rate;
        try (MongoClient client = MongoClients.create(uri(ctx))) {
            MongoCollection<Document> docs = client.getDatabase(DATABASE).getCollection("docs");
            MongoCollection<Document> counters = client.getDatabase(DATABASE).getCollection("counters");
            counters.insertOne(new Document("_id", "c").append("n", 0L));
            rate = burst(docs, counters, acknowledged, increments);
            // no pause: whatever the server acknowledged last must already be on disk
            server.kill();
        }
        System.out.printf(
                "MongoWireDurabilityIT: %d inserts acknowledged in %d s by %d threads = %.0f inserts/s (+ %d $inc)%n",
                acknowledged.size(), BURST.toSeconds(), THREADS, rate, increments.get());

        ManagedProcess again = start(ctx);
        try (MongoClient client = MongoClients.create(uri(ctx))) {
            var db = client.getDatabase(DATABASE);
            Set<String> found = ConcurrentHashMap.newKeySet();
            // ids only: the server answers a find in one reply, and thousands of essay-sized documents pass the limit
            db.getCollection("docs")
                    .find()
                    .projection(Projections.include("_id"))
                    .forEach(d -> found.add(d.getString("_id")));
            long counted = db.getCollection("counters")
                    .find(Filters.eq("_id", "c"))
                    .first()
                    .getLong("n");

            assertThat(acknowledged).isNotEmpty();
            assertThat(found).as("acknowledged inserts found after kill -9").containsAll(acknowledged);
            // an $inc whose reply was lost to the kill may have been applied too, never fewer
            assertThat(counted).as("acknowledged $inc after kill -9").isGreaterThanOrEqualTo(increments.get());
        } finally {
            again.kill();
        }
    }

    /** Inserts and counter increments from several threads until the burst ends; returns inserts per second. */
    private static double burst(
            MongoCollection<Document> docs,
            MongoCollection<Document> counters,
            Set<String> acknowledged,
            AtomicLong increments)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        long end = start + BURST.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    String id = thread + "-" + i;
                    docs.insertOne(new Document("_id", id).append("text", PADDING));
                    acknowledged.add(id);
                    if (i % 10 == 0) {
                        counters.updateOne(Filters.eq("_id", "c"), Updates.inc("n", 1L));
                        increments.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return acknowledged.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static ManagedProcess start(NodeContext ctx) {
        NodeContext.Launched launched = ServerNodes.mongo(ctx);
        Readiness.awaitAll(Map.of(Component.MONGO, launched), ctx.ports());
        return launched.process();
    }

    private static String uri(NodeContext ctx) {
        return "mongodb://" + DevCredentials.LOOPBACK + ":" + ctx.ports().mongo() + "/" + DATABASE;
    }
}

package cn.wangben.scoring.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** The raw ceilings of the same run: what the Mongo and the broker under the benchmark do with nothing in between. */
public final class Ceilings {
    private Ceilings() {}

    /** Single-document inserts from one thread (what a consumer's write costs at best), per second. */
    public static long mongoInsertsPerSecond(MongoTemplate mongo, int documents) {
        var scratch = mongo.getCollection("bench_raw_inserts");
        scratch.drop();
        long start = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            scratch.insertOne(
                    new Document("_id", "d" + i).append("countyId", "c").append("n", i));
        }
        long rate = documents * 1_000_000_000L / (System.nanoTime() - start);
        scratch.drop();
        return rate;
    }

    /** {@code insertMany} in batches of 5,000 (what a rebuild writes with), documents per second. */
    public static long mongoBulkInsertsPerSecond(MongoTemplate mongo, int documents) {
        var scratch = mongo.getCollection("bench_raw_bulk");
        scratch.drop();
        long start = System.nanoTime();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            batch.add(new Document("_id", "d" + i).append("countyId", "c").append("n", i));
            if (batch.size() == 5_000) {
                scratch.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            scratch.insertMany(batch);
        }
        long rate = documents * 1_000_000_000L / (System.nanoTime() - start);
        scratch.drop();
        return rate;
    }

    /** Records of an event's size, sent without waiting for each, flushed at the end, per second. */
    public static long kafkaProducesPerSecond(KafkaTemplate<String, String> kafka, int records) throws Exception {
        String value = "x".repeat(600);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < records; i++) {
            sent.add(kafka.send(new ProducerRecord<>("bench.raw.v1", "k" + (i % 64), value)));
        }
        kafka.flush();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get();
        return records * 1_000_000_000L / (System.nanoTime() - start);
    }
}

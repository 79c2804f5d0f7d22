package cn.wangben.platform.outbox;

import cn.wangben.platform.messaging.EventHeaders;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends a batch of outbox entries, then awaits all acknowledgements together, then removes the acknowledged events
 * with one bulk write per collection. An entry is removed only if every one of its events was acknowledged, so a
 * document's events are retried together and in order; a retry may publish an event twice, never lose it.
 */
final class OutboxBatch {
    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final Duration sendTimeout;
    private final MeterRegistry meters;
    private final Clock clock;
    private final OutboxTracing tracing;

    OutboxBatch(
            MongoTemplate mongo,
            KafkaTemplate<String, String> kafka,
            Duration sendTimeout,
            MeterRegistry meters,
            Clock clock,
            OutboxTracing tracing) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.sendTimeout = sendTimeout;
        this.meters = meters;
        this.clock = clock;
        this.tracing = tracing;
    }

    /** Returns the entries whose events were all acknowledged and removed. */
    List<OutboxEntry> publish(List<OutboxEntry> entries) throws InterruptedException {
        Map<OutboxEntry, List<CompletableFuture<?>>> sends = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            List<CompletableFuture<?>> futures = new ArrayList<>();
            for (Document message : entry.messages()) {
                futures.add(tracing.continuing(trace(message), () -> kafka.send(record(message))));
            }
            sends.put(entry, futures);
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        List<OutboxEntry> acknowledged = new ArrayList<>();
        for (var sent : sends.entrySet()) {
            if (allAcknowledged(sent.getValue(), deadline)) {
                acknowledged.add(sent.getKey());
            } else {
                meters.counter("wangben.outbox.failures").increment();
            }
        }
        remove(acknowledged);
        return acknowledged;
    }

    private static boolean allAcknowledged(List<CompletableFuture<?>> futures, long deadline)
            throws InterruptedException {
        try {
            for (CompletableFuture<?> future : futures) {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private void remove(List<OutboxEntry> acknowledged) {
        Map<String, List<WriteModel<Document>>> removals = new LinkedHashMap<>();
        long now = clock.millis();
        for (OutboxEntry entry : acknowledged) {
            removals.computeIfAbsent(entry.collection(), c -> new ArrayList<>()).addAll(removal(entry));
            for (Document message : entry.messages()) {
                meters.counter("wangben.outbox.published", "topic", message.getString("topic"))
                        .increment();
                meters.timer("wangben.outbox.lag")
                        .record(now - message.getDate("occurredAt").getTime(), TimeUnit.MILLISECONDS);
            }
        }
        // in order: the second update of a pair must see what the first did
        removals.forEach((collection, updates) ->
                mongo.getCollection(collection).bulkWrite(updates, new BulkWriteOptions().ordered(true)));
    }

    /**
     * Two guarded updates, of which at most one writes. If the outbox holds exactly the sent events (the usual case),
     * it is emptied and its pending mark dropped in one write. If a writer pushed more events meanwhile, only the sent
     * ones are pulled and the mark stays for them. The guard is checked inside each single-document update, so a push
     * racing with either one is never lost.
     */
    static List<WriteModel<Document>> removal(OutboxEntry entry) {
        List<String> sent = entry.eventIds();
        Bson document = Filters.eq("_id", entry.documentId());
        return List.of(
                new UpdateOneModel<>(
                        Filters.and(
                                document,
                                Filters.size(OutboxMessage.FIELD, sent.size()),
                                Filters.all(OutboxMessage.FIELD + ".eventId", sent)),
                        Updates.combine(
                                Updates.set(OutboxMessage.FIELD, List.of()), Updates.unset(OutboxMessage.PENDING))),
                new UpdateOneModel<>(
                        Filters.and(document, Filters.in(OutboxMessage.FIELD + ".eventId", sent)),
                        Updates.pull(OutboxMessage.FIELD, Filters.in("eventId", sent))));
    }

    /** Drops the pending mark of documents found with an empty outbox, unless a writer pushed an event meanwhile. */
    static void clearMarkers(MongoCollection<Document> collection, List<Object> ids) {
        if (!ids.isEmpty()) {
            collection.updateMany(
                    Filters.and(Filters.in("_id", ids), Filters.size(OutboxMessage.FIELD, 0)),
                    Updates.unset(OutboxMessage.PENDING));
        }
    }

    private static Map<String, String> trace(Document message) {
        Document trace = message.get(OutboxMessage.TRACE, Document.class);
        Map<String, String> carrier = new LinkedHashMap<>();
        if (trace != null) {
            trace.forEach((name, value) -> carrier.put(name, String.valueOf(value)));
        }
        return carrier;
    }

    private static ProducerRecord<String, String> record(Document message) {
        var record = new ProducerRecord<>(
                message.getString("topic"), message.getString("key"), message.getString("payload"));
        header(record, EventHeaders.EVENT_ID, message.getString("eventId"));
        header(record, EventHeaders.EVENT_TYPE, message.getString("type"));
        header(record, EventHeaders.EVENT_VERSION, String.valueOf(message.getInteger("version")));
        header(record, EventHeaders.COUNTY_ID, message.getString("countyId"));
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

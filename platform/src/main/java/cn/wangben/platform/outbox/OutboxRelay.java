package cn.wangben.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events stored in documents' {@code outbox} arrays, then removes them from their documents. A write hands
 * its events over in memory, so the hot path never searches the collections; a search still runs at start, on
 * request and every recovery interval, for events whose hand-off was lost (a crash, a full queue, a refused send).
 * Events are removed only after the broker acknowledged them, so a crash can publish an event twice but never lose
 * one; consumers deduplicate by event id. Several instances may relay at once for the same reason.
 */
public class OutboxRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String MARKER_INDEX = "outbox_pending";
    private final MongoTemplate mongo;
    private final OutboxProperties properties;
    private final MeterRegistry meters;
    private final OutboxBatch batch;
    private final BlockingQueue<OutboxEntry> handedOver;
    private final Set<String> queuedEvents = ConcurrentHashMap.newKeySet();
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean searchRequested = true; // at start: what a previous run left behind
    private volatile boolean running;
    private volatile boolean markersTrusted;
    private long nextSearch;
    private Thread worker;

    public OutboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            MeterRegistry meters,
            Clock clock,
            OutboxTracing tracing) {
        this.mongo = mongo;
        this.properties = properties;
        this.meters = meters;
        this.batch = new OutboxBatch(mongo, kafka, properties.sendTimeout(), meters, clock, tracing);
        this.handedOver = new LinkedBlockingQueue<>(properties.handoffCapacity());
        meters.counter("wangben.outbox.failures"); // reads 0 until the first failure, so alerts see the series
        // here, before any write can run: the local servers' index lists are not safe against a concurrent insert
        indexMarkers();
    }

    /** Hands over the events a write just stored in a document's outbox, so they leave now. */
    public void dispatch(String collection, Object documentId, List<Document> messages) {
        if (messages.isEmpty()) {
            return;
        }
        OutboxEntry entry = new OutboxEntry(collection, documentId, List.copyOf(messages));
        queuedEvents.addAll(entry.eventIds());
        if (!handedOver.offer(entry)) {
            entry.eventIds().forEach(queuedEvents::remove);
            searchRequested = true; // they are stored; the search finds them
        }
        wakeUps.release();
    }

    /** For writes that stored outbox events without handing them over: search the collections soon. */
    public void wakeUp() {
        searchRequested = true;
        wakeUps.release();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUps.release();
        try {
            worker.join(properties.sendTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                relayHandedOver();
                if (searchRequested || System.nanoTime() - nextSearch >= 0) {
                    searchRequested = false;
                    nextSearch =
                            System.nanoTime() + properties.recoveryInterval().toNanos();
                    relayPending();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay round failed; retrying at next poll: {}", e.toString());
                meters.counter("wangben.outbox.failures").increment();
                searchRequested = true;
            }
        }
    }

    private void relayHandedOver() throws InterruptedException {
        List<OutboxEntry> entries = new ArrayList<>();
        while (running && handedOver.drainTo(entries, properties.batchSize()) > 0) {
            try {
                if (batch.publish(entries).size() < entries.size()) {
                    searchRequested = true; // the refused ones stay stored
                }
            } finally {
                entries.forEach(e -> e.eventIds().forEach(queuedEvents::remove));
                entries.clear();
            }
        }
    }

    /** Searches every collection for stored events and publishes them; returns the number of events sent. */
    public int relayPending() throws InterruptedException {
        // the first search also reads documents written before the pending marker existed: a scan, once per start
        Bson pending =
                markersTrusted ? Filters.exists(OutboxMessage.PENDING) : Filters.exists(OutboxMessage.FIELD + ".0");
        int sent = 0;
        for (String name : properties.collections()) {
            MongoCollection<Document> collection = mongo.getCollection(name);
            List<OutboxEntry> entries = new ArrayList<>();
            List<Object> stale = new ArrayList<>();
            for (Document document : collection.find(pending)) {
                List<Document> stored = document.getList(OutboxMessage.FIELD, Document.class, List.of());
                if (stored.isEmpty()) {
                    stale.add(document.get("_id")); // emptied, but its mark outlived a crash
                }
                List<Document> messages = stored.stream()
                        .filter(m -> !queuedEvents.contains(m.getString("eventId")))
                        .toList();
                if (!messages.isEmpty()) {
                    entries.add(new OutboxEntry(name, document.get("_id"), messages));
                }
                if (entries.size() >= properties.batchSize()) {
                    sent += sentIn(batch.publish(entries));
                    entries.clear();
                }
            }
            sent += sentIn(batch.publish(entries));
            OutboxBatch.clearMarkers(collection, stale);
        }
        markersTrusted = true;
        return sent;
    }

    /** The sparse unique index the search reads pending documents through (see {@link OutboxMessage#PENDING}). */
    private void indexMarkers() {
        for (String name : properties.collections()) {
            mongo.getCollection(name)
                    .createIndex(
                            Indexes.ascending(OutboxMessage.PENDING),
                            new IndexOptions().name(MARKER_INDEX).unique(true).sparse(true));
        }
    }

    private static int sentIn(List<OutboxEntry> entries) {
        return entries.stream().mapToInt(e -> e.messages().size()).sum();
    }
}

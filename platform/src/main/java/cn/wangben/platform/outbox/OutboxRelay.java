package cn.wangben.platform.outbox;

import cn.wangben.platform.messaging.EventHeaders;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events stored in documents' {@code outbox} arrays, then removes each from its document. A message is
 * removed only after the broker acknowledged it, so a crash can publish an event twice but never lose one; consumers
 * deduplicate by event id. Several instances may relay at once for the same reason.
 */
public class OutboxRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final MeterRegistry meters;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.meters = meters;
    }

    /** Called after a save that added events, so they leave now rather than at the next poll. */
    public void wakeUp() {
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
                relayPending();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay round failed; retrying at next poll: {}", e.toString());
                meters.counter("wangben.outbox.failures").increment();
            }
        }
    }

    /** Publishes everything pending now; returns the number of messages sent. */
    public int relayPending() throws InterruptedException {
        int sent = 0;
        for (String name : properties.collections()) {
            MongoCollection<Document> collection = mongo.getCollection(name);
            boolean more = true;
            while (more && running) {
                List<Document> batch = collection
                        .find(Filters.exists(OutboxMessage.FIELD + ".0"))
                        .limit(properties.batchSize())
                        .into(new java.util.ArrayList<>());
                for (Document document : batch) {
                    sent += publish(collection, document);
                }
                more = batch.size() == properties.batchSize();
            }
        }
        return sent;
    }

    private int publish(MongoCollection<Document> collection, Document document) throws InterruptedException {
        int sent = 0;
        for (Document message : document.getList(OutboxMessage.FIELD, Document.class)) {
            String eventId = message.getString("eventId");
            send(message);
            collection.updateOne(
                    Filters.eq("_id", document.get("_id")),
                    Updates.pull(OutboxMessage.FIELD, Filters.eq("eventId", eventId)));
            meters.counter("wangben.outbox.published", "topic", message.getString("topic"))
                    .increment();
            sent++;
        }
        return sent;
    }

    private void send(Document message) throws InterruptedException {
        var record = new ProducerRecord<>(
                message.getString("topic"), message.getString("key"), message.getString("payload"));
        header(record, EventHeaders.EVENT_ID, message.getString("eventId"));
        header(record, EventHeaders.EVENT_TYPE, message.getString("type"));
        header(record, EventHeaders.EVENT_VERSION, String.valueOf(message.getInteger("version")));
        header(record, EventHeaders.COUNTY_ID, message.getString("countyId"));
        try {
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Broker did not acknowledge " + message.getString("eventId"), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

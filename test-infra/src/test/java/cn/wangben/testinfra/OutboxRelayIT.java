package cn.wangben.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.Topics;
import cn.wangben.contracts.assignment.EssayMissed;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.platform.messaging.EventCodec;
import cn.wangben.platform.messaging.EventHeaders;
import cn.wangben.platform.outbox.EventSourcedWrites;
import cn.wangben.platform.outbox.OutboxMessage;
import cn.wangben.platform.outbox.OutboxProperties;
import cn.wangben.platform.outbox.OutboxRelay;
import cn.wangben.platform.outbox.OutboxTracing;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** The platform's outbox relay against a real broker and the Mongo-wire server. */
class OutboxRelayIT {
    private static final String COLLECTION = "essays";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static Lease lease;
    private static MongoClient client;
    private static KafkaTemplate<String, String> kafka;

    private final EventCodec codec = new EventCodec();
    private final CountyId county = CountyId.of("c-" + UUID.randomUUID());

    @BeforeAll
    static void start() {
        lease = Lease.of(Mode.EMBEDDED);
        client = MongoClients.create(lease.infrastructure().mongoUri("outbox"));
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, lease.infrastructure().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }

    @AfterAll
    static void stop() {
        kafka.destroy();
        client.close();
        lease.close();
    }

    @Test
    void publishesEveryHandedOverEventAndEmptiesTheOutboxes() throws Exception {
        MongoTemplate mongo = new MongoTemplate(client, "outbox_handover");
        OutboxRelay relay = relay(mongo);
        relay.start();
        try {
            EventSourcedWrites writes = new EventSourcedWrites(mongo, codec, relay, OutboxTracing.none());
            List<String> written = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                EssayMissed event = missed();
                written.add(event.eventId().value());
                writes.insert(COLLECTION, new Document("_id", "d" + i), List.of(event));
            }
            Map<String, Integer> received = receive(written);
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(written);
            awaitEmptyOutboxes(mongo);
        } finally {
            relay.stop();
        }
    }

    @Test
    void findsEventsWhoseHandOverWasLostWhenItStarts() throws Exception {
        MongoTemplate mongo = new MongoTemplate(client, "outbox_recovery");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            List<DomainEvent> events = List.of(missed(), missed());
            events.forEach(e -> written.add(e.eventId().value()));
            // as a crashed instance leaves them: stored with the change, never handed to a relay
            mongo.getCollection(COLLECTION)
                    .insertOne(new Document("_id", "d" + i)
                            .append(OutboxMessage.FIELD, OutboxMessage.documents(events, codec)));
        }
        OutboxRelay relay = relay(mongo);
        relay.start();
        try {
            Map<String, Integer> received = receive(written);
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(written);
            assertThat(received.values()).allMatch(n -> n == 1);
            awaitEmptyOutboxes(mongo);
        } finally {
            relay.stop();
        }
    }

    @Test
    void laterSearchesFindStrandedEventsByTheirPendingMarker() throws Exception {
        MongoTemplate mongo = new MongoTemplate(client, "outbox_marked");
        OutboxRelay relay = relay(mongo);
        relay.relayPending(); // the start's search: creates the marker index, reads what earlier runs left
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            EssayMissed event = missed();
            written.add(event.eventId().value());
            // as another instance leaves them when it dies after its write, before its relay sent them
            mongo.getCollection(COLLECTION)
                    .insertOne(new Document("_id", "m" + i)
                            .append(OutboxMessage.FIELD, OutboxMessage.documents(List.of(event), codec))
                            .append(OutboxMessage.PENDING, "m" + i));
        }
        // a marker whose outbox was emptied (the relay died between the two updates) is only cleared
        mongo.getCollection(COLLECTION)
                .insertOne(new Document("_id", "stale")
                        .append(OutboxMessage.FIELD, List.of())
                        .append(OutboxMessage.PENDING, "stale"));

        assertThat(relay.relayPending()).isEqualTo(written.size());

        assertThat(receive(written).keySet()).containsExactlyInAnyOrderElementsOf(written);
        awaitEmptyOutboxes(mongo);
    }

    private static OutboxRelay relay(MongoTemplate mongo) {
        var properties = new OutboxProperties(
                List.of(COLLECTION),
                Duration.ofMillis(100),
                200,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                10_000);
        return new OutboxRelay(
                mongo, kafka, properties, new SimpleMeterRegistry(), Clock.systemUTC(), OutboxTracing.none());
    }

    private EssayMissed missed() {
        return new EssayMissed(
                EventId.random(),
                county,
                Instant.now(),
                ModuleId.random(),
                ProgrammeId.random(),
                TeacherId.of("t-" + UUID.randomUUID()),
                SchoolId.random(),
                Instant.now());
    }

    /** Reads the submissions topic until every expected event arrived; counts how often each did. */
    private Map<String, Integer> receive(List<String> expected) {
        Map<String, Object> config = new HashMap<>();
        config.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, lease.infrastructure().kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, Integer> seen = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.SUBMISSIONS));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!seen.keySet().containsAll(expected) && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    String id = new String(
                            record.headers().lastHeader(EventHeaders.EVENT_ID).value(), StandardCharsets.UTF_8);
                    if (expected.contains(id)) {
                        seen.merge(id, 1, Integer::sum);
                    }
                }
            }
        }
        return seen;
    }

    private static void awaitEmptyOutboxes(MongoTemplate mongo) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long left;
        long marked;
        do {
            left = mongo.getCollection(COLLECTION).countDocuments(Filters.exists(OutboxMessage.FIELD + ".0"));
            marked = mongo.getCollection(COLLECTION).countDocuments(Filters.exists(OutboxMessage.PENDING));
            if (left + marked > 0) {
                Thread.sleep(50);
            }
        } while (left + marked > 0 && System.nanoTime() < deadline);
        assertThat(left).as("documents still holding events").isZero();
        assertThat(marked).as("documents still marked as holding events").isZero();
    }
}

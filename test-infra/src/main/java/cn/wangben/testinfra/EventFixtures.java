package cn.wangben.testinfra;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.EventType;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.EventId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.plan.ProgrammePublished;
import cn.wangben.platform.messaging.EventCodec;
import cn.wangben.platform.messaging.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.ResultActions;

/** Plays the other services' part: publishes their events and reads what this service published. */
public class EventFixtures {
    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final Duration QUIET_PERIOD = Duration.ofSeconds(2);
    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec;
    private final String bootstrapServers;

    /** Built by Spring when a test says {@code @Import(EventFixtures.class)}. */
    public EventFixtures(KafkaTemplate<String, String> kafka, EventCodec codec, Environment environment) {
        this.kafka = kafka;
        this.codec = codec;
        this.bootstrapServers = environment.getRequiredProperty("spring.kafka.bootstrap-servers");
    }

    public String publishProgramme(String county) throws Exception {
        ProgrammeId id = ProgrammeId.random();
        publish(
                EventCatalog.PROGRAMME_PUBLISHED,
                new ProgrammePublished(
                        EventId.random(),
                        CountyId.of(county),
                        Instant.parse("2026-12-01T00:00:00Z"),
                        id,
                        "2026-2027第一学期教师网本研修",
                        LocalDate.of(2026, 12, 5),
                        LocalDate.of(2026, 12, 31),
                        "Asia/Shanghai",
                        Instant.parse("2026-12-08T16:00:00Z"),
                        60,
                        40,
                        60,
                        36,
                        Instant.parse("2026-12-13T16:00:00Z"),
                        Instant.parse("2026-12-29T16:00:00Z"),
                        List.of("国培送教", "新教师培训")));
        return id.value();
    }

    public <E extends DomainEvent> void publish(EventType<E> type, E event) throws Exception {
        var record = new ProducerRecord<>(type.topic(), event.partitionKey(), codec.encode(event));
        record.headers().add(EventHeaders.EVENT_ID, bytes(event.eventId().value()));
        record.headers().add(EventHeaders.EVENT_TYPE, bytes(type.name()));
        record.headers().add(EventHeaders.EVENT_VERSION, bytes(String.valueOf(type.version())));
        record.headers().add(EventHeaders.COUNTY_ID, bytes(event.countyId().value()));
        kafka.send(record).get();
    }

    /** A record as a broken or hostile producer might send it. */
    public void publishRaw(String topic, String key, String value, String typeName) throws Exception {
        var record = new ProducerRecord<>(topic, key, value);
        record.headers().add(EventHeaders.EVENT_TYPE, bytes(typeName));
        kafka.send(record).get();
    }

    /** Retries a creation until the event it depends on has arrived; returns the 201 body. */
    public String awaitCreated(ThrowingCall call) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            var response = call.perform().andReturn().getResponse();
            if (response.getStatus() == 201) {
                return response.getContentAsString(StandardCharsets.UTF_8);
            }
            last = response.getStatus() + " " + response.getContentAsString(StandardCharsets.UTF_8);
            Thread.sleep(100); // waiting on another process's event, not on the clock under test
        }
        throw new AssertionError("Not created in time; last answer: " + last);
    }

    /** Counts the records on a topic whose key or value mention the text, waiting a quiet period for duplicates. */
    public int countOn(String topic, String text) {
        var properties = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "fixture-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        int found = 0;
        try (var consumer = new KafkaConsumer<String, String>(properties)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (mentions(record, text)) {
                        found++;
                        quietUntil = System.nanoTime() + QUIET_PERIOD.toNanos();
                    }
                }
            }
        }
        return found;
    }

    private static boolean mentions(ConsumerRecord<String, String> record, String text) {
        return (record.key() != null && record.key().contains(text))
                || (record.value() != null && record.value().contains(text));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    public interface ThrowingCall {
        ResultActions perform() throws Exception;
    }
}

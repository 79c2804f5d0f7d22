package cn.wangben.devstack.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Poison on the submissions topic, in the middle of the spike: records no consumer can ever apply must go to the dead
 * letter topic and must not stop the records behind them (which the dashboard checks afterwards prove).
 */
final class FaultPoison {
    static final String TOPIC = "wangben.assignment.submissions.v1";
    static final String DEAD_LETTERS = TOPIC + ".dlt";
    private static final Duration POLL = Duration.ofMillis(500);

    /** Each poison's marker (a text inside its bytes) and what it is. */
    private final Map<String, String> markers;

    private FaultPoison(Map<String, String> markers) {
        this.markers = markers;
    }

    /**
     * Garbage bytes without headers; well-formed JSON of a schema version no consumer knows; an EssaySubmitted whose
     * JSON lacks every field. Keyed like real submissions (by teacher id) so they share partitions with them.
     */
    static FaultPoison deliver(String bootstrap, String teacherId) throws Exception {
        String garbage = "poison-" + UUID.randomUUID();
        String version = "poison-" + UUID.randomUUID();
        String empty = "poison-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            byte[] key = teacherId.getBytes(StandardCharsets.UTF_8);
            byte[] junk = ("\u0000\u00ff{{{" + garbage + "\u0001").getBytes(StandardCharsets.ISO_8859_1);
            producer.send(new ProducerRecord<>(TOPIC, key, junk)).get();
            producer.send(typed(key, "{\"eventId\":\"" + version + "\",\"marker\":\"" + version + "\"}", "99", version))
                    .get();
            producer.send(typed(key, "{\"marker\":\"" + empty + "\"}", "1", empty))
                    .get();
        }
        return new FaultPoison(Map.of(
                garbage, "garbage bytes, no headers",
                version, "EssaySubmitted of schema version 99",
                empty, "EssaySubmitted without its fields"));
    }

    private static ProducerRecord<byte[], byte[]> typed(byte[] key, String json, String version, String eventId) {
        var record = new ProducerRecord<>(TOPIC, key, json.getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventId", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", "EssaySubmitted".getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventVersion", version.getBytes(StandardCharsets.UTF_8));
        record.headers().add("countyId", BenchWorld.COUNTY.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Reads the dead-letter topic from the start until every poison is there or patience runs out; lists the missing. */
    List<String> missingFromDeadLetters(String bootstrap, Duration patience) {
        List<String> missing = new ArrayList<>(markers.keySet());
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            long deadline = System.nanoTime() + patience.toNanos();
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    String value = r.value() == null ? "" : new String(r.value(), StandardCharsets.ISO_8859_1);
                    missing.removeIf(value::contains);
                }
            }
        }
        return missing.stream().map(m -> markers.get(m) + " (" + m + ")").toList();
    }

    int count() {
        return markers.size();
    }
}

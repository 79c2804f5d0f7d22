package cn.wangben.devstack.e2e;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Publishes TeachersRostered batches as plan-service would (same topic, key, headers and JSON). */
final class RosterEvents implements AutoCloseable {
    static final String TOPIC = "wangben.plan.rosters.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final KafkaProducer<String, String> producer;

    RosterEvents(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** An invented teacher: the roster key is a deterministic stand-in for the HMAC of an ID number. */
    record Teacher(String key, String name) {
        static Teacher number(String county, int n) throws Exception {
            byte[] seed = (county + "#" + n).getBytes(StandardCharsets.UTF_8);
            String key = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(seed));
            return new Teacher(key, "测试教师" + n);
        }
    }

    void publish(
            String eventId,
            String county,
            String school,
            String rosterId,
            int batch,
            int batches,
            List<Teacher> teachers)
            throws Exception {
        ObjectNode event = JSON.createObjectNode()
                .put("eventId", eventId)
                .put("countyId", county)
                .put("occurredAt", Instant.now().toString())
                .put("rosterId", rosterId)
                .put("programmeId", "e2e-programme")
                .put("schoolId", school)
                .put("batch", batch)
                .put("batches", batches);
        ArrayNode list = event.putArray("teachers");
        for (Teacher t : teachers) {
            list.addObject()
                    .put("teacherKey", t.key())
                    .put("name", t.name())
                    .put("maskedIdNumber", "3607**********001X");
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, school, JSON.writeValueAsString(event));
        record.headers().add("eventId", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", "TeachersRostered".getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventVersion", "1".getBytes(StandardCharsets.UTF_8));
        record.headers().add("countyId", county.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public void close() {
        producer.close();
    }
}

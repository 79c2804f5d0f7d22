package cn.wangben.devstack.e2e;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** W3C trace context as a caller sends it, and how the platform's Kafka records carry it on. */
final class TraceHeaders {
    static final String TRACEPARENT = "traceparent";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceHeaders() {}

    /** A sampled {@code traceparent} with a fresh trace id. */
    static String newTraceparent() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    /** The {@code traceparent} of the first record on the topic whose value mentions {@code text}. */
    static Optional<String> ofRecordMentioning(String bootstrap, String topic, String text, Duration patience) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-trace-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(250))) {
                    if (record.value() != null && record.value().contains(text)) {
                        Header header = record.headers().lastHeader(TRACEPARENT);
                        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String hex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}

package cn.wangben.scoring.bench;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.EventType;
import cn.wangben.platform.messaging.EventCodec;
import cn.wangben.platform.messaging.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes events with the headers the platform's outbox relay sets, without waiting for each acknowledgement. */
final class AsyncPublisher {
    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec;

    AsyncPublisher(KafkaTemplate<String, String> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    CompletableFuture<?> publish(DomainEvent event) {
        EventType<?> type = EventCatalog.of(event);
        var record = new ProducerRecord<>(type.topic(), event.partitionKey(), codec.encode(event));
        record.headers().add(EventHeaders.EVENT_ID, bytes(event.eventId().value()));
        record.headers().add(EventHeaders.EVENT_TYPE, bytes(type.name()));
        record.headers().add(EventHeaders.EVENT_VERSION, bytes(String.valueOf(type.version())));
        record.headers().add(EventHeaders.COUNTY_ID, bytes(event.countyId().value()));
        return kafka.send(record);
    }

    void flush() {
        kafka.flush();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

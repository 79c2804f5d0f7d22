package cn.wangben.scoring.projection.messaging;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.EventType;
import cn.wangben.contracts.Topics;
import cn.wangben.platform.messaging.EventCodec;
import cn.wangben.platform.messaging.EventHeaders;
import cn.wangben.scoring.projection.EventLog;
import cn.wangben.scoring.projection.LogEnd;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads every topic the projections consume with a fresh consumer that belongs to no group's position: partitions
 * assigned by hand, from the beginning to the end offsets taken at the start (events published meanwhile are left to
 * the live consumers, which resume there). Large fetches: the replay is bound by decoding, not by round trips.
 */
@Component
class KafkaEventLog implements EventLog {
    static final List<String> TOPICS = List.of(
            Topics.PROGRAMMES,
            Topics.SCHOOL_PLANS,
            Topics.ROSTERS,
            Topics.TRAINEES,
            Topics.TENANTS,
            Topics.SUBMISSIONS,
            Topics.MODULES,
            Topics.GRADES);
    private static final Duration POLL = Duration.ofMillis(500);
    private final ConsumerFactory<String, String> consumers;
    private final EventCodec codec;

    KafkaEventLog(ConsumerFactory<String, String> consumers, EventCodec codec) {
        this.consumers = consumers;
        this.codec = codec;
    }

    @Override
    public LogEnd readAll(Consumer<DomainEvent> sink) {
        Properties big = new Properties();
        big.put("max.poll.records", "10000");
        big.put("max.partition.fetch.bytes", String.valueOf(16 * 1024 * 1024));
        big.put("fetch.max.bytes", String.valueOf(64 * 1024 * 1024));
        big.put("enable.auto.commit", "false");
        try (var consumer = consumers.createConsumer("scoring-service.rebuild", "rebuild", null, big)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                for (PartitionInfo p : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, p.partition()));
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> left = new HashMap<>();
            end.forEach((p, offset) -> {
                if (offset > consumer.position(p)) {
                    left.put(p, offset);
                }
            });
            consumer.pause(partitions.stream().filter(p -> !left.containsKey(p)).toList());
            long events = 0;
            while (!left.isEmpty()) {
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    TopicPartition p = new TopicPartition(r.topic(), r.partition());
                    Long stop = left.get(p);
                    if (stop == null || r.offset() >= stop) {
                        continue;
                    }
                    events++;
                    decode(r).ifPresent(sink);
                }
                // by position, not by the last record: a transaction marker may be the last offset
                for (TopicPartition p : List.copyOf(left.keySet())) {
                    if (consumer.position(p) >= left.get(p)) {
                        left.remove(p);
                        consumer.pause(List.of(p));
                    }
                }
            }
            Map<String, Long> offsets = new HashMap<>();
            end.forEach((p, offset) -> offsets.put(p.topic() + "/" + p.partition(), offset));
            return new LogEnd(events, offsets);
        }
    }

    private Optional<DomainEvent> decode(ConsumerRecord<String, String> r) {
        Header type = r.headers().lastHeader(EventHeaders.EVENT_TYPE);
        if (type == null || r.value() == null) {
            return Optional.empty();
        }
        Optional<EventType<?>> known = EventCatalog.byName(new String(type.value(), StandardCharsets.UTF_8));
        return known.map(t -> codec.decode(t, r.value()));
    }
}

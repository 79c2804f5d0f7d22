package cn.wangben.scoring.projection.messaging;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.EventType;
import cn.wangben.contracts.Topics;
import cn.wangben.platform.messaging.EventCodec;
import cn.wangben.platform.messaging.EventHeaders;
import cn.wangben.scoring.projection.EventLog;
import cn.wangben.scoring.projection.LogEnd;
import cn.wangben.scoring.projection.RebuildThreads;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads every topic the projections consume with a fresh consumer that belongs to no group's position: partitions
 * assigned by hand, from the beginning to the end offsets taken at the start (events published meanwhile are left to
 * the live consumers, which resume there). A pipeline: the consumer polls large fetches on a thread of its own, chunks
 * of records are decoded in parallel, and the caller's sink gets the decoded chunks in the order they were polled
 * (the sink is not thread-safe, and the fold's rules must see each partition in log order).
 */
@Component
class KafkaEventLog implements EventLog {
    private static final String READING = "log read";

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
    private static final int CHUNK = 2_000;
    /** Decoded chunks waiting for the sink: bounds the memory a slow sink lets the reader run ahead by. */
    private static final int AHEAD = 16;

    private final ConsumerFactory<String, String> consumers;
    private final EventCodec codec;

    KafkaEventLog(ConsumerFactory<String, String> consumers, EventCodec codec) {
        this.consumers = consumers;
        this.codec = codec;
    }

    @Override
    public LogEnd readAll(Consumer<DomainEvent> sink) {
        int decoders = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = RebuildThreads.pool("rebuild-read", decoders + 1);
        BlockingQueue<Future<Chunk>> decoded = new ArrayBlockingQueue<>(AHEAD);
        try {
            Future<Map<TopicPartition, Long>> poller = pool.submit(() -> poll(pool, decoded));
            long events = 0;
            while (true) {
                // the poller's last put is the end marker, also when it failed: no timeout to wait out at the end
                Future<Chunk> next = decoded.take();
                if (next == END) {
                    break;
                }
                Chunk chunk = RebuildThreads.await(next, READING);
                events += chunk.records();
                chunk.events().forEach(sink);
            }
            Map<String, Long> offsets = new HashMap<>();
            RebuildThreads.await(poller, READING)
                    .forEach((p, offset) -> offsets.put(p.topic() + "/" + p.partition(), offset));
            return new LogEnd(events, offsets);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(READING + " interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Polls every partition to its end offset and hands chunks to the decoders, in the order polled; then the end. */
    private Map<TopicPartition, Long> poll(ExecutorService pool, BlockingQueue<Future<Chunk>> decoded)
            throws InterruptedException {
        try {
            return pollAll(pool, decoded);
        } finally {
            decoded.put(END);
        }
    }

    private Map<TopicPartition, Long> pollAll(ExecutorService pool, BlockingQueue<Future<Chunk>> decoded)
            throws InterruptedException {
        try (var consumer = bulkConsumer()) {
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
            List<ConsumerRecord<String, byte[]>> chunk = new ArrayList<>(CHUNK);
            while (!left.isEmpty()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    Long stop = left.get(new TopicPartition(r.topic(), r.partition()));
                    if (stop == null || r.offset() >= stop) {
                        continue;
                    }
                    chunk.add(r);
                    if (chunk.size() == CHUNK) {
                        decoded.put(decode(pool, chunk));
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                // by position, not by the last record: a transaction marker may be the last offset
                for (TopicPartition p : List.copyOf(left.keySet())) {
                    if (consumer.position(p) >= left.get(p)) {
                        left.remove(p);
                        consumer.pause(List.of(p));
                    }
                }
            }
            if (!chunk.isEmpty()) {
                decoded.put(decode(pool, chunk));
            }
            return end;
        }
    }

    /**
     * The service's consumer settings with fetches as large as the broker gives (the replay reads the whole log once,
     * so round trips, not latency, count) and values left as bytes: the decoders parse the UTF-8 themselves, instead of
     * the polling thread making a string of every value first.
     */
    private KafkaConsumer<String, byte[]> bulkConsumer() {
        Map<String, Object> config = new HashMap<>(consumers.getConfigurationProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "scoring-service.rebuild");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "rebuild");
        bulk().forEach((key, value) -> config.put((String) key, value));
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Properties bulk() {
        Properties big = new Properties();
        big.put("max.poll.records", "20000");
        big.put("max.partition.fetch.bytes", String.valueOf(16 * 1024 * 1024));
        big.put("fetch.max.bytes", String.valueOf(64 * 1024 * 1024));
        big.put("fetch.min.bytes", String.valueOf(1024 * 1024));
        big.put("fetch.max.wait.ms", "50");
        big.put("receive.buffer.bytes", String.valueOf(4 * 1024 * 1024));
        big.put("enable.auto.commit", "false");
        return big;
    }

    private Future<Chunk> decode(ExecutorService pool, List<ConsumerRecord<String, byte[]>> records) {
        return pool.submit(() -> {
            List<DomainEvent> events = new ArrayList<>(records.size());
            for (ConsumerRecord<String, byte[]> r : records) {
                decode(r).ifPresent(events::add);
            }
            return new Chunk(records.size(), events);
        });
    }

    private Optional<DomainEvent> decode(ConsumerRecord<String, byte[]> r) {
        Header type = r.headers().lastHeader(EventHeaders.EVENT_TYPE);
        if (type == null || r.value() == null) {
            return Optional.empty();
        }
        Optional<EventType<?>> known = EventCatalog.byName(new String(type.value(), StandardCharsets.UTF_8));
        return known.map(t -> codec.decode(t, r.value()));
    }

    /** Records read (every one counts, also those no projection uses) and the events decoded from them. */
    private record Chunk(int records, List<DomainEvent> events) {}

    /** Put after the last chunk: nothing follows. */
    private static final Future<Chunk> END = CompletableFuture.completedFuture(new Chunk(0, List.of()));
}

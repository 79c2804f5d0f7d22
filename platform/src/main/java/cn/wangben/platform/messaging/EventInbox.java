package cn.wangben.platform.messaging;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.EventType;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The consuming side of every service. It routes a record by its {@code eventType} header, skips events this consumer
 * already applied (by event id), and sends undecodable records to the dead-letter topic. Handlers must themselves be
 * idempotent by natural key: if the process dies between applying and recording, the event is applied again.
 */
public class EventInbox {
    static final String MDC_COUNTY = "county";
    static final String MDC_EVENT_TYPE = "eventType";
    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);
    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final MeterRegistry meters;
    private final Clock clock;

    public EventInbox(EventCodec codec, ProcessedEvents processed, MeterRegistry meters, Clock clock) {
        this.codec = codec;
        this.processed = processed;
        this.meters = meters;
        this.clock = clock;
    }

    public static Handlers handlers() {
        return new Handlers();
    }

    public void accept(String consumer, ConsumerRecord<String, String> record, Handlers handlers) {
        String typeName = requiredType(record);
        Handler<?> handler = handlers.byName.get(typeName);
        if (handler == null) {
            log.debug("Consumer {} ignores {} on {}", consumer, typeName, record.topic());
            return;
        }
        // the tenant and event on every log line the handler writes, as requests have theirs
        try (var county = MDC.putCloseable(MDC_COUNTY, orDash(header(record, EventHeaders.COUNTY_ID)));
                var type = MDC.putCloseable(MDC_EVENT_TYPE, typeName)) {
            handler.apply(this, consumer, record);
        }
    }

    /**
     * A poll's records at once, for a consumer whose handler writes a batch in a few round trips instead of several per
     * event: records are decoded in order (one that cannot be is named to the error handler by its index, so the ones
     * before it are committed and it goes to the dead-letter topic), events already applied are dropped, the rest are
     * handed over together, then recorded. A crash in between redelivers the batch: the handler is idempotent.
     */
    public void acceptBatch(
            String consumer,
            List<ConsumerRecord<String, String>> records,
            Set<EventType<?>> understood,
            Consumer<List<DomainEvent>> action) {
        Map<String, DomainEvent> fresh = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            try {
                EventType<?> type = EventCatalog.byName(requiredType(record))
                        .filter(understood::contains)
                        .orElse(null);
                if (type == null) {
                    continue;
                }
                DomainEvent event = decode(type, record);
                fresh.putIfAbsent(event.eventId().value(), event);
                types.put(event.eventId().value(), type.name());
            } catch (EventDecodingException e) {
                // the error handler commits the records before the bad one as done: they must be applied first
                applyOnce(consumer, fresh, types, action);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        applyOnce(consumer, fresh, types, action);
    }

    private void applyOnce(
            String consumer,
            Map<String, DomainEvent> fresh,
            Map<String, String> types,
            Consumer<List<DomainEvent>> action) {
        Set<String> seen = processed.containing(consumer, fresh.keySet());
        seen.forEach(id -> meters.counter("wangben.events.duplicates", "consumer", consumer, "type", types.get(id))
                .increment());
        fresh.keySet().removeAll(seen);
        if (fresh.isEmpty()) {
            return;
        }
        action.accept(List.copyOf(fresh.values()));
        processed.recordAll(consumer, fresh.keySet());
        for (DomainEvent event : fresh.values()) {
            String type = types.get(event.eventId().value());
            meters.counter("wangben.events.consumed", "consumer", consumer, "type", type)
                    .increment();
            meters.timer("wangben.events.lag", "consumer", consumer, "type", type)
                    .record(lag(event));
        }
    }

    /** From the change that raised the event to now; never negative, though the producer's clock may run ahead. */
    private Duration lag(DomainEvent event) {
        Duration lag = Duration.between(event.occurredAt(), clock.instant());
        return lag.isNegative() ? Duration.ZERO : lag;
    }

    private static String requiredType(ConsumerRecord<String, String> record) {
        String typeName = header(record, EventHeaders.EVENT_TYPE);
        if (typeName == null) {
            throw new EventDecodingException("Record without " + EventHeaders.EVENT_TYPE + " header", null);
        }
        return typeName;
    }

    private <E extends DomainEvent> E decode(EventType<E> type, ConsumerRecord<String, String> record) {
        String version = header(record, EventHeaders.EVENT_VERSION);
        if (version != null && Integer.parseInt(version) > type.version()) {
            throw new EventDecodingException(type.name() + " v" + version + " is newer than this consumer", null);
        }
        return codec.decode(type, record.value());
    }

    <E extends DomainEvent> void apply(
            String consumer, EventType<E> type, ConsumerRecord<String, String> record, Consumer<E> action) {
        E event = decode(type, record);
        String eventId = event.eventId().value();
        if (processed.contains(consumer, eventId)) {
            meters.counter("wangben.events.duplicates", "consumer", consumer, "type", type.name())
                    .increment();
            return;
        }
        action.accept(event);
        processed.record(consumer, eventId);
        meters.counter("wangben.events.consumed", "consumer", consumer, "type", type.name())
                .increment();
        // from the change that raised the event to its effect here: what a dashboard reader waits for
        meters.timer("wangben.events.lag", "consumer", consumer, "type", type.name())
                .record(lag(event));
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The event types one listener understands; other types on the same topic are skipped. */
    public static final class Handlers {
        private final Map<String, Handler<?>> byName = new LinkedHashMap<>();

        public <E extends DomainEvent> Handlers on(EventType<E> type, Consumer<E> action) {
            byName.put(type.name(), new Handler<>(type, action));
            return this;
        }
    }

    private record Handler<E extends DomainEvent>(EventType<E> type, Consumer<E> action) {
        void apply(EventInbox inbox, String consumer, ConsumerRecord<String, String> record) {
            inbox.apply(consumer, type, record, action);
        }
    }
}

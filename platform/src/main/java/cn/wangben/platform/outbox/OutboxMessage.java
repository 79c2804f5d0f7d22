package cn.wangben.platform.outbox;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.EventCatalog;
import cn.wangben.contracts.EventType;
import cn.wangben.platform.messaging.EventCodec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * An event waiting to be published. It is stored inside the changed document itself, so the change and its event are
 * one atomic single-document write (the platform cannot rely on multi-document transactions).
 */
public record OutboxMessage(
        String eventId,
        String topic,
        String key,
        String type,
        int version,
        String countyId,
        String payload,
        Instant occurredAt) {

    public static final String FIELD = "outbox";
    /**
     * Set to the document's own id while its outbox holds events, removed once the relay emptied it. A sparse unique
     * index on it (unique because each value is an id; the local servers keep no other kind) lets the relay's search
     * for stranded events read only those documents instead of scanning whole collections.
     */
    public static final String PENDING = "outboxPending";
    /** Propagation headers of the trace the change was made in, if any. */
    public static final String TRACE = "trace";

    public static OutboxMessage of(DomainEvent event, EventCodec codec) {
        EventType<?> type = EventCatalog.of(event);
        return new OutboxMessage(
                event.eventId().value(),
                type.topic(),
                event.partitionKey(),
                type.name(),
                type.version(),
                event.countyId().value(),
                codec.encode(event),
                event.occurredAt());
    }

    /** The events as stored in a document's outbox array (the form the relay reads back). */
    public static List<Document> documents(List<? extends DomainEvent> events, EventCodec codec) {
        return events.stream().map(event -> of(event, codec).toDocument()).toList();
    }

    Document toDocument() {
        return new Document("eventId", eventId)
                .append("topic", topic)
                .append("key", key)
                .append("type", type)
                .append("version", version)
                .append("countyId", countyId)
                .append("payload", payload)
                .append("occurredAt", Date.from(occurredAt));
    }
}

package cn.wangben.assignment.cutoff.persistence;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.platform.messaging.EventCodec;
import cn.wangben.platform.outbox.OutboxMessage;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Outbox entries in the form {@code EventSourcedWrites} stores them, for the conditional upserts it does not offer; the
 * platform's relay publishes them like any other.
 */
final class OutboxEntries {
    private OutboxEntries() {}

    static List<Document> of(List<DomainEvent> events, EventCodec codec) {
        return events.stream()
                .map(event -> OutboxMessage.of(event, codec))
                .map(m -> new Document("eventId", m.eventId())
                        .append("topic", m.topic())
                        .append("key", m.key())
                        .append("type", m.type())
                        .append("version", m.version())
                        .append("countyId", m.countyId())
                        .append("payload", m.payload())
                        .append("occurredAt", Date.from(m.occurredAt())))
                .toList();
    }
}

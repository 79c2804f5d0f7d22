package cn.wangben.platform.outbox;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.messaging.EventCodec;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes a document together with the events its change raised, in one single-document operation, and guards
 * concurrent edits with a version number. The relay is woken so events leave at once.
 */
public class EventSourcedWrites {
    public static final String VERSION = "version";
    private final MongoTemplate mongo;
    private final EventCodec codec;
    private final OutboxRelay relay;

    public EventSourcedWrites(MongoTemplate mongo, EventCodec codec, OutboxRelay relay) {
        this.mongo = mongo;
        this.codec = codec;
        this.relay = relay;
    }

    public void insert(String collection, Document document, List<? extends DomainEvent> events) {
        document.put(VERSION, 1L);
        document.put(OutboxMessage.FIELD, outbox(events));
        mongo.getCollection(collection).insertOne(document);
        wake(events);
    }

    /** Sets {@code fields} if the stored version is still {@code expectedVersion}; otherwise a 409 for the user. */
    public void update(
            String collection, Object id, long expectedVersion, Document fields, List<? extends DomainEvent> events) {
        List<Bson> updates = new ArrayList<>();
        fields.forEach((name, value) -> updates.add(Updates.set(name, value)));
        updates.add(Updates.set(VERSION, expectedVersion + 1));
        if (!events.isEmpty()) {
            updates.add(Updates.pushEach(OutboxMessage.FIELD, outbox(events)));
        }
        MongoCollection<Document> target = mongo.getCollection(collection);
        long matched = target.updateOne(
                        Filters.and(Filters.eq("_id", id), Filters.eq(VERSION, expectedVersion)),
                        Updates.combine(updates))
                .getMatchedCount();
        if (matched == 0) {
            throw DomainException.conflict("concurrent-change", "数据已被他人修改，请刷新后重试");
        }
        wake(events);
    }

    private List<Document> outbox(List<? extends DomainEvent> events) {
        List<Document> messages = new ArrayList<>();
        for (DomainEvent event : events) {
            OutboxMessage m = OutboxMessage.of(event, codec);
            messages.add(new Document("eventId", m.eventId())
                    .append("topic", m.topic())
                    .append("key", m.key())
                    .append("type", m.type())
                    .append("version", m.version())
                    .append("countyId", m.countyId())
                    .append("payload", m.payload())
                    .append("occurredAt", java.util.Date.from(m.occurredAt())));
        }
        return messages;
    }

    private void wake(List<? extends DomainEvent> events) {
        if (!events.isEmpty()) {
            relay.wakeUp();
        }
    }
}

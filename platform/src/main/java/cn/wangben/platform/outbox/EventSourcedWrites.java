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
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes a document together with the events its change raised, in one single-document operation, and guards
 * concurrent edits with a version number. The events are handed to the relay so they
 * leave at once.
 */
public class EventSourcedWrites {
    public static final String VERSION = "version";
    private final MongoTemplate mongo;
    private final EventCodec codec;
    private final OutboxRelay relay;
    private final OutboxTracing tracing;

    public EventSourcedWrites(MongoTemplate mongo, EventCodec codec, OutboxRelay relay, OutboxTracing tracing) {
        this.mongo = mongo;
        this.codec = codec;
        this.relay = relay;
        this.tracing = tracing;
    }

    public void insert(String collection, Document document, List<? extends DomainEvent> events) {
        List<Document> messages = outbox(events);
        document.put(VERSION, 1L);
        document.put(OutboxMessage.FIELD, messages);
        if (!messages.isEmpty()) {
            document.putIfAbsent("_id", new ObjectId());
            document.put(OutboxMessage.PENDING, document.get("_id"));
        }
        mongo.getCollection(collection).insertOne(document);
        handOver(collection, document.get("_id"), messages);
    }

    /** Sets {@code fields} if the stored version is still {@code expectedVersion}; otherwise a 409 for the user. */
    public void update(
            String collection, Object id, long expectedVersion, Document fields, List<? extends DomainEvent> events) {
        List<Document> messages = outbox(events);
        List<Bson> updates = new ArrayList<>();
        fields.forEach((name, value) -> updates.add(Updates.set(name, value)));
        updates.add(Updates.set(VERSION, expectedVersion + 1));
        if (!events.isEmpty()) {
            updates.add(Updates.pushEach(OutboxMessage.FIELD, messages));
            updates.add(Updates.set(OutboxMessage.PENDING, id));
        }
        MongoCollection<Document> target = mongo.getCollection(collection);
        long matched = target.updateOne(
                        Filters.and(Filters.eq("_id", id), Filters.eq(VERSION, expectedVersion)),
                        Updates.combine(updates))
                .getMatchedCount();
        if (matched == 0) {
            throw DomainException.conflict("concurrent-change", "数据已被他人修改，请刷新后重试");
        }
        handOver(collection, id, messages);
    }

    private List<Document> outbox(List<? extends DomainEvent> events) {
        List<Document> messages = OutboxMessage.documents(events, codec);
        if (!messages.isEmpty()) {
            var trace = tracing.current();
            if (!trace.isEmpty()) {
                messages.forEach(m -> m.append(OutboxMessage.TRACE, new Document(trace)));
            }
        }
        return messages;
    }

    private void handOver(String collection, Object id, List<Document> messages) {
        relay.dispatch(collection, id, messages);
    }
}

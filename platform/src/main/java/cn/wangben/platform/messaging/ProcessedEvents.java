package cn.wangben.platform.messaging;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Which events each consumer has already applied, keyed by consumer and event id. */
public class ProcessedEvents {
    static final String COLLECTION = "processed_events";
    private final MongoTemplate mongo;
    private final Clock clock;

    public ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public boolean contains(String consumer, String eventId) {
        return collection().find(Filters.eq("_id", key(consumer, eventId))).first() != null;
    }

    public void record(String consumer, String eventId) {
        try {
            collection()
                    .insertOne(new Document("_id", key(consumer, eventId))
                            .append("consumer", consumer)
                            .append("eventId", eventId)
                            .append("processedAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** The ids of {@code eventIds} this consumer already applied: one query for a whole batch. */
    public Set<String> containing(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        List<String> keys = eventIds.stream().map(id -> key(consumer, id)).toList();
        Set<String> seen = new HashSet<>();
        collection()
                .find(Filters.in("_id", keys))
                .projection(Projections.include("eventId"))
                .forEach(d -> seen.add(d.getString("eventId")));
        return seen;
    }

    /** Records a batch in one write; ids recorded meanwhile by a redelivery are no error. */
    public void recordAll(String consumer, Collection<String> eventIds) {
        Date now = Date.from(clock.instant());
        List<Document> documents = eventIds.stream()
                .map(id -> new Document("_id", key(consumer, id))
                        .append("consumer", consumer)
                        .append("eventId", id)
                        .append("processedAt", now))
                .toList();
        if (documents.isEmpty()) {
            return;
        }
        try {
            collection().insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
        }
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }
}

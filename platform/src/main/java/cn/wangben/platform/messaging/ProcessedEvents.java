package cn.wangben.platform.messaging;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.util.Date;
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

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private static String key(String consumer, String eventId) {
        return consumer + ":" + eventId;
    }
}

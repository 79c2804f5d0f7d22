package cn.wangben.platform.outbox;

import java.util.List;
import org.bson.Document;

/** The events one write left in one document's outbox, as stored there. */
record OutboxEntry(String collection, Object documentId, List<Document> messages) {

    List<String> eventIds() {
        return messages.stream().map(m -> m.getString("eventId")).toList();
    }
}

package cn.wangben.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.mongolocal.IdLookupMemoryBackend;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the relay's removal leaves in a document, against the local Mongo-wire server. */
class OutboxRemovalIT {
    private static MongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void start() {
        server = new MongoServer(new IdLookupMemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anOutboxHoldingExactlyTheSentEventsIsEmptiedAndUnmarkedInOneWrite() {
        MongoCollection<Document> essays = collection("exact");
        essays.insertOne(marked("d1", "e1", "e2"));

        essays.bulkWrite(OutboxBatch.removal(entry("d1", "e1", "e2")), new BulkWriteOptions().ordered(true));

        Document left = essays.find(Filters.eq("_id", "d1")).first();
        assertThat(left.getList(OutboxMessage.FIELD, Document.class)).isEmpty();
        assertThat(left).doesNotContainKey(OutboxMessage.PENDING);
    }

    @Test
    void anEventPushedAfterTheSendStaysMarked() {
        MongoCollection<Document> essays = collection("raced");
        essays.insertOne(marked("d1", "e1", "e2"));
        // a writer's later change, between the relay's send and its removal
        essays.updateOne(Filters.eq("_id", "d1"), Updates.push(OutboxMessage.FIELD, new Document("eventId", "e3")));

        essays.bulkWrite(OutboxBatch.removal(entry("d1", "e1", "e2")), new BulkWriteOptions().ordered(true));

        Document left = essays.find(Filters.eq("_id", "d1")).first();
        assertThat(left.getList(OutboxMessage.FIELD, Document.class))
                .extracting(m -> m.getString("eventId"))
                .containsExactly("e3");
        assertThat(left.get(OutboxMessage.PENDING)).isEqualTo("d1");
    }

    @Test
    void anEmptiedOutboxLosesAStaleMarkUnlessAnEventArrived() {
        MongoCollection<Document> essays = collection("stale");
        essays.insertOne(
                new Document("_id", "d1").append(OutboxMessage.FIELD, List.of()).append(OutboxMessage.PENDING, "d1"));
        essays.insertOne(marked("d2", "e9"));
        OutboxBatch.clearMarkers(essays, List.<Object>of("d1", "d2"));

        assertThat(essays.find(Filters.exists(OutboxMessage.PENDING)).map(d -> d.getString("_id")))
                .containsExactly("d2");
    }

    private static MongoCollection<Document> collection(String name) {
        return client.getDatabase("removal").getCollection(name);
    }

    private static Document marked(String id, String... events) {
        return new Document("_id", id)
                .append(
                        OutboxMessage.FIELD,
                        List.of(events).stream()
                                .map(e -> new Document("eventId", e))
                                .toList())
                .append(OutboxMessage.PENDING, id);
    }

    private static OutboxEntry entry(String id, String... events) {
        return new OutboxEntry(
                "essays",
                id,
                List.of(events).stream().map(e -> new Document("eventId", e)).toList());
    }
}

package cn.wangben.mongolocal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The flat-key index reads the same keys as the server's own index, and refuses the same duplicates. */
class FlatKeyUniqueIndexTest {
    private static final int DUPLICATE_KEY = 11000;
    private static final List<IndexKey> COMPOUND =
            List.of(new IndexKey("countyId", true), new IndexKey("teacherId", true));
    private static final List<IndexKey> DOTTED = List.of(new IndexKey("ref.schoolId", true));

    @Test
    void readsTheServersKeysForEveryKindOfValue() {
        List<Document> documents = List.of(
                new Document("countyId", "qingshan").append("teacherId", "t1"),
                new Document("countyId", "qingshan").append("teacherId", 7),
                new Document("countyId", "qingshan").append("teacherId", 7.0),
                new Document("countyId", "qingshan").append("teacherId", 7L),
                new Document("countyId", "qingshan"),
                new Document("countyId", "qingshan").append("teacherId", null),
                new Document("countyId", "qingshan").append("teacherId", List.of("a", "b")),
                new Document("countyId", "qingshan").append("teacherId", new Document("n", 1)),
                new Document("countyId", true).append("teacherId", new Date(0)),
                new Document("countyId", UUID.fromString("00000000-0000-0000-0000-000000000001"))
                        .append("teacherId", "t2"));
        FlatKeyUniqueIndex<Integer> flat = index(COMPOUND);
        MemoryUniqueIndex server = new MemoryUniqueIndex("c", COMPOUND, false);
        for (Document d : documents) {
            assertThat(flat.getKeyValues(d)).as(d.toString()).isEqualTo(server.getKeyValues(d));
        }
    }

    @Test
    void readsDottedPathsAsTheServerDoes() {
        Document d = new Document("ref", new Document("schoolId", "s1"));
        assertThat(index(DOTTED).getKeyValues(d)).isEqualTo(new MemoryUniqueIndex("d", DOTTED, false).getKeyValues(d));
    }

    @Test
    void theServerRefusesASecondDocumentWithTheSameFlatKeyOrAnEqualNumber() {
        onServer("marks", marks -> {
            marks.createIndex(Indexes.ascending("countyId", "teacherId"), new IndexOptions().unique(true));
            marks.insertOne(new org.bson.Document("countyId", "qingshan").append("teacherId", "t1"));
            marks.insertOne(new org.bson.Document("countyId", "qingshan").append("teacherId", "t2"));
            marks.insertOne(new org.bson.Document("countyId", "qingshan").append("teacherId", 7));

            assertThatThrownBy(() ->
                            marks.insertOne(new org.bson.Document("countyId", "qingshan").append("teacherId", "t1")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode())
                            .isEqualTo(DUPLICATE_KEY));
            assertThatThrownBy(() ->
                            marks.insertOne(new org.bson.Document("countyId", "qingshan").append("teacherId", 7.0)))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode())
                            .isEqualTo(DUPLICATE_KEY));
            assertThat(marks.countDocuments()).isEqualTo(3);
        });
    }

    @Test
    void findsAndForgetsADocumentByItsKey() {
        FlatKeyUniqueIndex<Integer> index = index(COMPOUND);
        Document d = new Document("countyId", "qingshan").append("teacherId", "t1");
        index.add(d, 4, null);
        assertThat(index.getPosition(d)).isEqualTo(4);

        assertThat(index.remove(d)).isEqualTo(4);
        assertThat(index.getPosition(d)).isNull();
        assertThat(index.getCount()).isZero();
    }

    @Test
    void aSparseIndexAnswersAnExistsQueryWithTheDocumentsThatHaveTheField() {
        List<IndexKey> marker = List.of(new IndexKey("outboxPending", true));
        FlatKeyUniqueIndex<Integer> sparse = new FlatKeyUniqueIndex<>(new ConcurrentHashMap<>(), "p", marker, true);
        sparse.add(new Document("outboxPending", "e1"), 1, null);
        sparse.add(new Document("outboxPending", "e3"), 3, null);
        Document exists = new Document("outboxPending", new Document("$exists", true));

        assertThat(sparse.canHandle(exists)).isTrue();
        assertThat(sparse.getPositions(exists)).containsExactlyInAnyOrder(1, 3);
        assertThat(sparse.canHandle(new Document("outboxPending", new Document("$exists", false))))
                .isFalse();
        assertThat(new FlatKeyUniqueIndex<Integer>(new ConcurrentHashMap<>(), "q", marker, false).canHandle(exists))
                .as("a dense index also holds the documents without the field")
                .isFalse();
    }

    @Test
    void theServerFindsExactlyTheMarkedDocumentsThroughASparseIndex() {
        onServer("essays", essays -> {
            essays.createIndex(
                    Indexes.ascending("outboxPending"),
                    new IndexOptions().unique(true).sparse(true));
            for (int i = 0; i < 50; i++) {
                org.bson.Document essay = new org.bson.Document("_id", "e" + i);
                essays.insertOne(i % 10 == 0 ? essay.append("outboxPending", "e" + i) : essay);
            }
            essays.updateOne(
                    com.mongodb.client.model.Filters.eq("_id", "e10"),
                    com.mongodb.client.model.Updates.unset("outboxPending"));
            essays.updateOne(
                    com.mongodb.client.model.Filters.eq("_id", "e7"),
                    com.mongodb.client.model.Updates.set("outboxPending", "e7"));

            var marked = essays.find(com.mongodb.client.model.Filters.exists("outboxPending"))
                    .map(d -> d.getString("_id"))
                    .into(new java.util.ArrayList<>());

            assertThat(marked).containsExactlyInAnyOrder("e0", "e7", "e20", "e30", "e40");
        });
    }

    /** Runs {@code test} against one collection of a fresh server on the memory back end these indexes serve. */
    private static void onServer(String collection, Consumer<MongoCollection<org.bson.Document>> test) {
        MongoServer server = new MongoServer(new IdLookupMemoryBackend());
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            test.accept(client.getDatabase("t").getCollection(collection));
        } finally {
            server.shutdownNow();
        }
    }

    private static FlatKeyUniqueIndex<Integer> index(List<IndexKey> keys) {
        return new FlatKeyUniqueIndex<>(new ConcurrentHashMap<>(), "i", keys, false);
    }
}

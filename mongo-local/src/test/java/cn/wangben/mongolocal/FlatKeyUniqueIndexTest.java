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
        MongoServer server = new MongoServer(new IdLookupMemoryBackend());
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoCollection<org.bson.Document> marks = client.getDatabase("t").getCollection("marks");
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
        } finally {
            server.shutdownNow();
        }
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

    private static FlatKeyUniqueIndex<Integer> index(List<IndexKey> keys) {
        return new FlatKeyUniqueIndex<>(new ConcurrentHashMap<>(), "i", keys, false);
    }
}

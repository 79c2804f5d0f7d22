package cn.wangben.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueOrderedIndexTest {
    private static final int ESSAYS = 2_000;

    @TempDir
    Path dir;

    @Test
    void uniqueIndexesStillRefuseASecondDocumentWithTheSameKey() {
        withServer(new HelloAwareH2Backend(file()), essays -> {
            essays.createIndex(Indexes.ascending("countyId", "code"), new IndexOptions().unique(true));
            essays.insertOne(
                    new Document("_id", "e1").append("countyId", "qingshan").append("code", "A1"));

            assertThatThrownBy(() -> essays.insertOne(new Document("_id", "e2")
                            .append("countyId", "qingshan")
                            .append("code", "A1")))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("E11000");
            assertThatThrownBy(() -> essays.insertOne(new Document("_id", "e1").append("code", "B2")))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("E11000");
            essays.insertOne(
                    new Document("_id", "e3").append("countyId", "yunshui").append("code", "A1"));
            assertThat(essays.countDocuments()).isEqualTo(2);
        });
    }

    @Test
    void everyDocumentIsFoundByIdAfterARestart() {
        withServer(new HelloAwareH2Backend(file()), essays -> essays.insertMany(essays(ESSAYS)));

        withServer(new HelloAwareH2Backend(file()), essays -> {
            for (int i = 0; i < ESSAYS; i++) {
                assertThat(essays.find(Filters.and(Filters.eq("_id", "e" + i), Filters.eq("countyId", "qingshan")))
                                .first())
                        .as("essay %d", i)
                        .isNotNull();
            }
            assertThatThrownBy(() -> essays.insertOne(new Document("_id", "e7")))
                    .isInstanceOf(MongoWriteException.class);
        });
    }

    @Test
    void aStoreWrittenBeforeKeepsItsIndexesWhenOpenedAgain() {
        withServer(new H2Backend(file()), essays -> {
            essays.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            essays.insertMany(essays(ESSAYS));
        });

        withServer(new HelloAwareH2Backend(file()), essays -> {
            assertThat(essays.find(Filters.and(Filters.eq("_id", "e1234"), Filters.eq("countyId", "qingshan")))
                            .first())
                    .isNotNull();
            assertThatThrownBy(() -> essays.insertOne(new Document("_id", "new").append("code", "C42")))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("E11000");
            assertThatThrownBy(() -> essays.insertOne(new Document("_id", "e42")))
                    .isInstanceOf(MongoWriteException.class);
        });
    }

    @Test
    void aDroppedCollectionLeavesNoKeysBehind() {
        withServer(new HelloAwareH2Backend(file()), essays -> {
            essays.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            essays.insertMany(essays(10));
            essays.drop();
            essays.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));

            essays.insertMany(essays(10));

            assertThat(essays.countDocuments()).isEqualTo(10);
        });
    }

    @Test
    void keysEqualAsValuesButNotAsKeysStayApartInAFixedOrder() {
        KeyValue absent = new KeyValue(Missing.getInstance());
        KeyValue nothing = new KeyValue((Object) null);

        assertThat(IndexKeyType.INSTANCE.compare(absent, nothing)).isNotZero();
        assertThat(Integer.signum(IndexKeyType.INSTANCE.compare(absent, nothing)))
                .isEqualTo(-Integer.signum(IndexKeyType.INSTANCE.compare(nothing, absent)));
        assertThat(IndexKeyType.INSTANCE.compare(new KeyValue("a", 2L), new KeyValue("a", 2L)))
                .isZero();
        assertThat(IndexKeyType.INSTANCE.compare(new KeyValue("a", 2L), new KeyValue("a", 10L)))
                .isNegative();
        assertThat(IndexKeyType.INSTANCE.compare(new KeyValue("b"), new KeyValue("a", 1L)))
                .isPositive();
    }

    private static List<Document> essays(int count) {
        List<Document> essays = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            essays.add(
                    new Document("_id", "e" + i).append("countyId", "qingshan").append("code", "C" + i));
        }
        return essays;
    }

    private String file() {
        return dir.resolve("mongo.mv").toString();
    }

    /** Runs against a server on the backend, then shuts it down as `down` does (the store closed). */
    private static void withServer(H2Backend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("t").getCollection("essays"));
        } finally {
            server.shutdown();
            backend.close();
        }
    }
}

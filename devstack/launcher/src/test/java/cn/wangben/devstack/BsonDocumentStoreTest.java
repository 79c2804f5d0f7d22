package cn.wangben.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.RenameCollectionOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BsonDocumentStoreTest {
    private static final Document EVERY_KIND = new Document("_id", "e1")
            .append("text", "队伍建设心得")
            .append("count", 42)
            .append("big", 9_000_000_000L)
            .append("score", 18.5)
            .append("exact", new Decimal128(new BigDecimal("17.9")))
            .append("passed", true)
            .append("at", new Date(1_795_000_000_000L))
            .append("ref", new ObjectId("65f0c0ffee0000000000abcd"))
            .append("bytes", new Binary(new byte[] {1, 2, 3}))
            .append("nothing", null)
            .append("nested", new Document("band", "优秀").append("list", List.of(1L, "二", new Document("x", 3))))
            .append("outbox", List.of());

    @TempDir
    Path dir;

    @Test
    void everyKindOfValueReadsBackTheSameAfterARestart() {
        withDatabase(new HelloAwareH2Backend(file()), db -> db.getCollection("essays")
                .insertOne(EVERY_KIND));

        withDatabase(new HelloAwareH2Backend(file()), db -> assertThat(
                        db.getCollection("essays").find(Filters.eq("_id", "e1")).first())
                .isEqualTo(EVERY_KIND));
    }

    @Test
    void aStoreWrittenBeforeIsReadAgainAndWrittenOnInTheNewForm() {
        withDatabase(new H2Backend(file()), db -> {
            db.getCollection("essays").insertOne(EVERY_KIND);
            db.getCollection("essays").insertMany(essays("old", 500));
        });

        withDatabase(new HelloAwareH2Backend(file()), db -> {
            assertThat(db.getCollection("essays").find(Filters.eq("_id", "e1")).first())
                    .isEqualTo(EVERY_KIND);
            db.getCollection("essays").insertMany(essays("new", 500));
        });

        withDatabase(new HelloAwareH2Backend(file()), db -> {
            assertThat(db.getCollection("essays").countDocuments()).isEqualTo(1001);
            assertThat(db.getCollection("essays")
                            .find(Filters.and(Filters.eq("_id", "old-77"), Filters.eq("countyId", "qingshan")))
                            .first())
                    .isNotNull();
        });
    }

    @Test
    void aCollectionRenamedOverAnotherKeepsItsDocumentsAndIndexesAfterARestart() {
        withDatabase(new HelloAwareH2Backend(file()), db -> {
            db.getCollection("live").insertMany(essays("stale", 20));
            db.getCollection("fresh").createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            db.getCollection("fresh").insertMany(essays("rebuilt", 30));
            db.getCollection("fresh")
                    .renameCollection(
                            new com.mongodb.MongoNamespace("t", "live"),
                            new RenameCollectionOptions().dropTarget(true));
        });

        withDatabase(new HelloAwareH2Backend(file()), db -> {
            var live = db.getCollection("live");
            assertThat(live.countDocuments()).isEqualTo(30);
            assertThat(live.find(Filters.and(Filters.eq("_id", "rebuilt-7"), Filters.eq("countyId", "qingshan")))
                            .first())
                    .isNotNull();
            assertThat(live.find(Filters.eq("_id", "stale-7")).first()).isNull();
            assertThatThrownBy(() -> live.insertOne(new Document("_id", "rebuilt-3")))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(db.listCollectionNames().into(new ArrayList<>())).doesNotContain("fresh");
        });
    }

    private static List<Document> essays(String prefix, int count) {
        List<Document> essays = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            essays.add(new Document("_id", prefix + "-" + i)
                    .append("countyId", "qingshan")
                    .append("code", prefix + i));
        }
        return essays;
    }

    private String file() {
        return dir.resolve("mongo.mv").toString();
    }

    /** Runs against a server on the backend, then shuts it down as `down` does (the store closed). */
    private static void withDatabase(H2Backend backend, Consumer<MongoDatabase> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("t"));
        } finally {
            server.shutdown();
            backend.close();
        }
    }
}

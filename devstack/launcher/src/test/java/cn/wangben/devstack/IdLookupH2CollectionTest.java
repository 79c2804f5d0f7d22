package cn.wangben.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wangben.mongolocal.ConcurrentIncrements;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdLookupH2CollectionTest {
    @TempDir
    Path dir;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> essays;

    @BeforeEach
    void start() {
        server = new MongoServer(new HelloAwareH2Backend(dir.resolve("mongo.mv").toString()));
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        essays = client.getDatabase("t").getCollection("essays");
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            documents.add(new Document("_id", "e" + i)
                    .append("countyId", i % 2 == 0 ? "qingshan" : "yunshui")
                    .append("version", 1L));
        }
        essays.insertMany(documents);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void idWithTenantGuardFindsOnlyTheMatchingDocument() {
        assertThat(essays.find(Filters.and(Filters.eq("_id", "e4"), Filters.eq("countyId", "qingshan")))
                        .into(new ArrayList<>()))
                .extracting(d -> d.getString("_id"))
                .containsExactly("e4");
        assertThat(essays.find(Filters.and(Filters.eq("_id", "e4"), Filters.eq("countyId", "yunshui")))
                        .first())
                .isNull();
        assertThat(essays.find(new Document("_id", "e5").append("countyId", "yunshui"))
                        .first())
                .isNotNull();
    }

    @Test
    void idInListWithGuardKeepsTheGuard() {
        assertThat(essays.find(Filters.and(
                                Filters.in("_id", List.of("e1", "e2", "e3", "missing")),
                                Filters.eq("countyId", "qingshan")))
                        .into(new ArrayList<>()))
                .extracting(d -> d.getString("_id"))
                .containsExactly("e2");
    }

    @Test
    void versionGuardedUpdateChangesOnlyTheExpectedVersion() {
        Document guard = new Document("_id", "e7").append("version", 1L);
        assertThat(essays.updateOne(guard, Updates.set("version", 2L)).getMatchedCount())
                .isEqualTo(1);
        assertThat(essays.updateOne(guard, Updates.set("version", 3L)).getMatchedCount())
                .isZero();
        assertThat(essays.find(Filters.eq("_id", "e7")).first().getLong("version"))
                .isEqualTo(2L);
    }

    @Test
    void rangesOnIdAndUnguardedQueriesStillScan() {
        assertThat(essays.countDocuments(Filters.and(Filters.gt("_id", "e4"), Filters.eq("countyId", "qingshan"))))
                .isEqualTo(essays.find(Filters.eq("countyId", "qingshan")).into(new ArrayList<>()).stream()
                        .filter(d -> d.getString("_id").compareTo("e4") > 0)
                        .count());
        assertThat(essays.countDocuments(Filters.eq("countyId", "yunshui"))).isEqualTo(25);
    }

    @Test
    void collectionsReopenedFromTheFileKeepTheirDataAndGuards() {
        client.close();
        server.shutdown();
        server = new MongoServer(new HelloAwareH2Backend(dir.resolve("mongo.mv").toString()));
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        essays = client.getDatabase("t").getCollection("essays");
        assertThat(essays.countDocuments()).isEqualTo(50);
        assertThat(essays.find(Filters.and(Filters.eq("_id", "e3"), Filters.eq("countyId", "qingshan")))
                        .first())
                .isNull();
        assertThat(essays.find(Filters.and(Filters.eq("_id", "e3"), Filters.eq("countyId", "yunshui")))
                        .first())
                .isNotNull();
    }

    @Test
    void guardedDeleteRemovesOnlyAMatch() {
        assertThat(essays.deleteOne(Filters.and(Filters.eq("_id", "e9"), Filters.eq("countyId", "qingshan")))
                        .getDeletedCount())
                .isZero();
        assertThat(essays.deleteOne(Filters.and(Filters.eq("_id", "e9"), Filters.eq("countyId", "yunshui")))
                        .getDeletedCount())
                .isEqualTo(1);
        assertThat(essays.countDocuments()).isEqualTo(49);
    }

    @Test
    void concurrentIncrementsEachReadTheirOwnValue() throws Exception {
        ConcurrentIncrements.assertEachCallerReadsItsOwnValue(essays);
    }
}

package cn.wangben.mongolocal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guarded id lookups on the embedded server answer exactly as a scan would, now through the _id index. */
class IdLookupMemoryBackendTest {
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> facts;

    @BeforeEach
    void start() {
        server = new MongoServer(new IdLookupMemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        facts = client.getDatabase("t").getCollection("facts");
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            documents.add(new Document("_id", "f" + i).append("countyId", i % 2 == 0 ? "qingshan" : "yunshui"));
        }
        facts.insertMany(documents);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void idsWithAGuardFindOnlyTheDocumentsTheGuardAdmits() {
        assertThat(facts.find(Filters.and(
                                Filters.in("_id", List.of("f1", "f2", "f4", "missing")),
                                Filters.eq("countyId", "qingshan")))
                        .into(new ArrayList<>()))
                .extracting(d -> d.getString("_id"))
                .containsExactly("f2", "f4");
        assertThat(facts.find(new Document("_id", "f3").append("countyId", "qingshan"))
                        .first())
                .isNull();
    }

    @Test
    void aVersionSwapWinsOnceAndAnAbsentFieldGuardHolds() {
        Document firstSwap = new Document("_id", "f7").append("v", new Document("$exists", false));
        assertThat(facts.updateOne(firstSwap, Updates.set("v", 1L)).getModifiedCount())
                .isEqualTo(1);
        assertThat(facts.updateOne(firstSwap, Updates.set("v", 2L)).getModifiedCount())
                .isZero();
        assertThat(facts.find(Filters.eq("_id", "f7")).first().getLong("v")).isEqualTo(1L);
    }

    @Test
    void aGuardedUpsertThatMissesAStoredDocumentCollidesOnItsId() {
        facts.updateOne(Filters.eq("_id", "f9"), Updates.push("mk", "t1"));
        Document guarded = new Document("_id", "f9").append("mk", new Document("$nin", List.of("t1")));
        assertThatThrownBy(() -> facts.updateOne(guarded, Updates.inc("n", 1), new UpdateOptions().upsert(true)))
                .isInstanceOf(MongoWriteException.class);
        assertThat(facts.find(Filters.eq("_id", "f9")).first()).doesNotContainKey("n");
    }

    @Test
    void concurrentIncrementsEachReadTheirOwnValue() throws Exception {
        ConcurrentIncrements.assertEachCallerReadsItsOwnValue(facts);
    }
}

package cn.wangben.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.mongodb.ConnectionString;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.util.UUID;
import org.bson.Document;

/** CRUD, a unique index and a change stream with the plain sync driver. */
final class MongoCheck {

    private static final int DUPLICATE_KEY = 11000;

    private final ConnectionString uri;

    MongoCheck(TestInfrastructure infrastructure) {
        this.uri = new ConnectionString(
                infrastructure.mongoUri("check_" + UUID.randomUUID().toString().replace("-", "")));
    }

    void insertFindAndUniqueIndex() {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> plans = plans(client);
            plans.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            plans.insertOne(new Document("code", "P-1").append("title", "Algebra"));

            Document found = plans.find(Filters.eq("code", "P-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("title")).isEqualTo("Algebra");
            assertThatExceptionOfType(MongoWriteException.class)
                    .isThrownBy(() -> plans.insertOne(new Document("code", "P-1")))
                    .satisfies(e -> assertThat(e.getCode()).isEqualTo(DUPLICATE_KEY));
        }
    }

    void changeStreamSeesInsert() {
        try (MongoClient client = MongoClients.create(uri);
                MongoChangeStreamCursor<ChangeStreamDocument<Document>> changes =
                        plans(client).watch().cursor()) {
            plans(client).insertOne(new Document("code", "P-2"));

            ChangeStreamDocument<Document> change = changes.next();
            assertThat(change.getFullDocument()).isNotNull();
            assertThat(change.getFullDocument().getString("code")).isEqualTo("P-2");
        }
    }

    private MongoCollection<Document> plans(MongoClient client) {
        return client.getDatabase(uri.getDatabase()).getCollection("plans");
    }
}

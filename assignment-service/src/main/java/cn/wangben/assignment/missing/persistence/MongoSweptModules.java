package cn.wangben.assignment.missing.persistence;

import cn.wangben.assignment.missing.SweptModules;
import cn.wangben.contracts.ids.ModuleId;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoSweptModules implements SweptModules {
    static final String COLLECTION = "missing_sweeps";
    private final MongoTemplate mongo;

    MongoSweptModules(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<ModuleId> closed() {
        return mongo.getCollection(COLLECTION)
                .find()
                .map(d -> ModuleId.of(d.getString("_id")))
                .into(new HashSet<>());
    }

    @Override
    public void close(ModuleId module, Instant at) {
        mongo.getCollection(COLLECTION)
                .replaceOne(
                        Filters.eq("_id", module.value()),
                        new Document("_id", module.value()).append("closedAt", Date.from(at)),
                        new ReplaceOptions().upsert(true));
    }
}

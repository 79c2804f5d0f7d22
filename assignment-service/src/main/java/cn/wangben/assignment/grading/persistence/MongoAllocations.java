package cn.wangben.assignment.grading.persistence;

import cn.wangben.assignment.grading.Allocation;
import cn.wangben.assignment.grading.Allocations;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ModuleId;
import cn.wangben.contracts.ids.SchoolId;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoAllocations implements Allocations {
    static final String COLLECTION = "grading_allocations";
    private final MongoTemplate mongo;

    MongoAllocations(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("countyId", "grader"));
    }

    @Override
    public void save(Allocation a) {
        Document d = new Document("_id", key(a.county(), a.grader()))
                .append("countyId", a.county().value())
                .append("grader", a.grader())
                .append("moduleIds", a.modules().stream().map(ModuleId::value).toList())
                .append("schoolIds", a.schools().stream().map(SchoolId::value).toList())
                .append("by", a.by())
                .append("at", Date.from(a.at()));
        mongo.getCollection(COLLECTION)
                .replaceOne(Filters.eq("_id", d.get("_id")), d, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<Allocation> find(CountyId county, String grader) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION)
                        .find(Filters.eq("_id", key(county, grader)))
                        .first())
                .map(MongoAllocations::fromDocument);
    }

    @Override
    public List<Allocation> ofCounty(CountyId county) {
        return mongo.getCollection(COLLECTION)
                .find(Filters.eq("countyId", county.value()))
                .sort(Sorts.ascending("grader"))
                .map(MongoAllocations::fromDocument)
                .into(new ArrayList<>());
    }

    /** One allocation per grader and county; usernames are unique in the realm. */
    private static String key(CountyId county, String grader) {
        return county.value() + ":" + grader;
    }

    private static Allocation fromDocument(Document d) {
        return new Allocation(
                CountyId.of(d.getString("countyId")),
                d.getString("grader"),
                new LinkedHashSet<>(d.getList("moduleIds", String.class).stream()
                        .map(ModuleId::of)
                        .toList()),
                new LinkedHashSet<>(d.getList("schoolIds", String.class).stream()
                        .map(SchoolId::of)
                        .toList()),
                d.getString("by"),
                d.getDate("at").toInstant());
    }
}

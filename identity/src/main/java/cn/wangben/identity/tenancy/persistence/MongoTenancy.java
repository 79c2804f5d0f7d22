package cn.wangben.identity.tenancy.persistence;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.identity.tenancy.County;
import cn.wangben.identity.tenancy.School;
import cn.wangben.identity.tenancy.SchoolStage;
import cn.wangben.identity.tenancy.Tenancy;
import cn.wangben.platform.domain.DomainException;
import cn.wangben.platform.outbox.EventSourcedWrites;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** {@code counties}, {@code schools} (each with its outbox) and the audit list {@code accounts}. */
public class MongoTenancy implements Tenancy {
    static final String COUNTIES = "counties";
    static final String SCHOOLS = "schools";
    static final String ACCOUNTS = "accounts";

    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;

    public MongoTenancy(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        mongo.getCollection(SCHOOLS)
                .createIndex(Indexes.ascending("countyId", "code"), new IndexOptions().unique(true));
    }

    @Override
    public Optional<County> county(CountyId id) {
        return Optional.ofNullable(mongo.getCollection(COUNTIES)
                        .find(Filters.eq("_id", id.value()))
                        .first())
                .map(MongoTenancy::county);
    }

    @Override
    public List<County> counties() {
        return mongo.getCollection(COUNTIES)
                .find()
                .sort(Sorts.ascending("_id"))
                .map(MongoTenancy::county)
                .into(new ArrayList<>());
    }

    @Override
    public void register(County c, DomainEvent registered) {
        Document doc = new Document("_id", c.id().value())
                .append("name", c.name())
                .append("organizationId", c.organizationId())
                .append("adminUsername", c.adminUsername())
                .append("registeredAt", Date.from(c.registeredAt()))
                .append("by", c.by());
        insert(COUNTIES, doc, registered, "县（区）编号「" + c.id().value() + "」已存在");
    }

    @Override
    public Optional<School> school(CountyId county, SchoolId id) {
        return Optional.ofNullable(mongo.getCollection(SCHOOLS)
                        .find(Filters.eq("_id", key(county, id)))
                        .first())
                .map(MongoTenancy::school);
    }

    @Override
    public List<School> schools(CountyId county) {
        return mongo.getCollection(SCHOOLS)
                .find(Filters.eq("countyId", county.value()))
                .sort(Sorts.ascending("code"))
                .map(MongoTenancy::school)
                .into(new ArrayList<>());
    }

    @Override
    public void register(School s, DomainEvent registered) {
        Document doc = new Document("_id", key(s.county(), s.id()))
                .append("countyId", s.county().value())
                .append("schoolId", s.id().value())
                .append("code", s.code())
                .append("name", s.name())
                .append("stage", s.stage().name())
                .append("registeredAt", Date.from(s.registeredAt()))
                .append("by", s.by());
        insert(SCHOOLS, doc, registered, "学校编号「" + s.id().value() + "」或学校代码「" + s.code() + "」在本县（区）已存在");
    }

    @Override
    public void recordAccount(
            CountyId county, SchoolId school, String username, String role, String accountId, String by, Instant at) {
        mongo.getCollection(ACCOUNTS)
                .insertOne(new Document("countyId", county.value())
                        .append("schoolId", school == null ? null : school.value())
                        .append("username", username)
                        .append("role", role)
                        .append("accountId", accountId)
                        .append("createdAt", Date.from(at))
                        .append("by", by));
    }

    private void insert(String collection, Document doc, DomainEvent event, String duplicateDetail) {
        try {
            writes.insert(collection, doc, List.of(event));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw DomainException.conflict("already-registered", duplicateDetail);
            }
            throw e;
        }
    }

    private static String key(CountyId county, SchoolId school) {
        return county.value() + ":" + school.value();
    }

    private static County county(Document d) {
        return new County(
                CountyId.of(d.getString("_id")),
                d.getString("name"),
                d.getString("organizationId"),
                d.getString("adminUsername"),
                d.getDate("registeredAt").toInstant(),
                d.getString("by"));
    }

    private static School school(Document d) {
        return new School(
                CountyId.of(d.getString("countyId")),
                SchoolId.of(d.getString("schoolId")),
                d.getString("code"),
                d.getString("name"),
                SchoolStage.valueOf(d.getString("stage")),
                d.getDate("registeredAt").toInstant(),
                d.getString("by"));
    }
}

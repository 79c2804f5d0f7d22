package cn.wangben.plan.enrollment.persistence;

import cn.wangben.contracts.DomainEvent;
import cn.wangben.contracts.ids.CountyId;
import cn.wangben.contracts.ids.ProgrammeId;
import cn.wangben.contracts.ids.SchoolId;
import cn.wangben.contracts.ids.TeacherId;
import cn.wangben.plan.enrollment.Enrollment;
import cn.wangben.plan.enrollment.Enrollments;
import cn.wangben.platform.outbox.EventSourcedWrites;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** One document per roster row and programme (its _id), and one per account and programme (a unique index). */
@Repository
class MongoEnrollments implements Enrollments {
    static final String COLLECTION = "enrollments";
    private final MongoTemplate mongo;
    private final EventSourcedWrites writes;

    MongoEnrollments(MongoTemplate mongo, EventSourcedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        mongo.getCollection(COLLECTION)
                .createIndex(Indexes.ascending("programmeId", "accountId"), new IndexOptions().unique(true));
    }

    @Override
    public boolean addIfAbsent(Enrollment e, DomainEvent event) {
        Document document = new Document("_id", e.programme().value() + ":" + e.teacherKey())
                .append("programmeId", e.programme().value())
                .append("countyId", e.county().value())
                .append("schoolId", e.school().value())
                .append("accountId", e.account().value())
                .append("teacherKey", e.teacherKey())
                .append("name", e.name())
                .append("maskedIdNumber", e.maskedIdNumber())
                .append("enrolledAt", Date.from(e.enrolledAt()));
        try {
            writes.insert(COLLECTION, document, List.of(event));
            return true;
        } catch (MongoWriteException duplicate) {
            if (duplicate.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw duplicate;
        }
    }

    @Override
    public Optional<Enrollment> ofAccount(ProgrammeId programme, TeacherId account) {
        Document d = mongo.getCollection(COLLECTION)
                .find(Filters.and(
                        Filters.eq("programmeId", programme.value()), Filters.eq("accountId", account.value())))
                .first();
        return Optional.ofNullable(d)
                .map(found -> new Enrollment(
                        programme,
                        CountyId.of(found.getString("countyId")),
                        SchoolId.of(found.getString("schoolId")),
                        account,
                        found.getString("teacherKey"),
                        found.getString("name"),
                        found.getString("maskedIdNumber"),
                        found.getDate("enrolledAt").toInstant()));
    }
}
